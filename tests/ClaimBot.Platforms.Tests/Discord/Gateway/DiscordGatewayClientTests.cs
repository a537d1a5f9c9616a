using System.Text.Json.Nodes;
using ClaimBot.Platforms.Tests.Fakes;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

/// <summary>The Gateway session loop against a fake Discord on a fake clock: identify, heartbeats, zombies, resume, invalid sessions.</summary>
public sealed class DiscordGatewayClientTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(45_000);

    private static int? Op(JsonObject message) => (int?)message["op"];

    [Fact]
    public async Task Connect_IdentifiesWithTheBotTokenAndOnlyMessageIntents()
    {
        await using var host = await GatewayTestHost.StartAsync();

        var socket = await host.Discord.NextConnectionAsync();
        var identify = await socket.NextAsync(m => Op(m) == 2);

        Assert.Equal("/gateway?v=10&encoding=json", socket.Path);
        Assert.Equal(GatewayTestHost.BotToken, (string?)identify["d"]!["token"]);
        Assert.Equal((1 << 9) | (1 << 12), (int?)identify["d"]!["intents"]);
        Assert.Equal("Bot " + GatewayTestHost.BotToken, host.Discord.Calls.Single(c => c.Path == "/api/v10/gateway/bot").Authorization);
    }

    [Fact]
    public async Task HeartbeatRequest_AnsweredAtOnceWithTheLastSequence()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();

        await socket.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        var heartbeat = await socket.NextAsync(m => Op(m) == 1);

        Assert.Equal(host.Discord.Sequence, (long?)heartbeat["d"]);
    }

    [Fact]
    public async Task Heartbeats_EveryIntervalWhileAcked_KeepTheConnection()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();

        host.Time.Advance(Interval);
        await socket.NextAsync(m => Op(m) == 1);
        await host.SyncAsync(socket);
        host.Time.Advance(Interval);
        await socket.NextAsync(m => Op(m) == 1);
        await host.SyncAsync(socket);

        Assert.False(socket.Closed.IsCompleted);
        Assert.Single(host.Discord.Calls, c => c.Path == "/api/v10/gateway/bot");
    }

    [Fact]
    public async Task MissedHeartbeatAck_ClosesResumablyAndResumesOnTheResumeUrl()
    {
        await using var host = await GatewayTestHost.StartAsync(d => d.AutoAckHeartbeats = false);
        var first = await host.ReadyAsync();
        var sequence = host.Discord.Sequence;

        host.Time.Advance(Interval);
        await first.NextAsync(m => Op(m) == 1);
        host.Time.Advance(Interval);
        var closeCode = await first.Closed.WaitAsync(FakeSocket.Patience);
        var second = await host.Discord.NextConnectionAsync();
        var resume = await second.NextAsync();

        Assert.NotEqual(1000, closeCode);
        Assert.StartsWith("/resume?v=10&encoding=json", second.Path, StringComparison.Ordinal);
        Assert.Equal(6, Op(resume));
        Assert.Equal("session-1", (string?)resume["d"]!["session_id"]);
        Assert.Equal(sequence, (long?)resume["d"]!["seq"]);
    }

    [Theory]
    [InlineData("""{"op":7,"d":null}""")]
    [InlineData("""{"op":9,"d":true}""")]
    public async Task ReconnectOrResumableInvalidSession_ResumesTheSameSession(string frame)
    {
        await using var host = await GatewayTestHost.StartAsync();
        var first = await host.ReadyAsync();

        await first.SendAsync(JsonNode.Parse(frame)!);
        var second = await host.Discord.NextConnectionAsync();
        var resume = await second.NextAsync();

        Assert.StartsWith("/resume", second.Path, StringComparison.Ordinal);
        Assert.Equal(6, Op(resume));
        Assert.Equal("session-1", (string?)resume["d"]!["session_id"]);
    }

    [Fact]
    public async Task InvalidSessionOnResume_WaitsOneToFiveSecondsThenIdentifiesAnew()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var first = await host.ReadyAsync();
        host.Discord.RejectNextResume = true;

        first.Drop();
        var second = await host.Discord.NextConnectionAsync();
        await second.NextAsync(m => Op(m) == 6);
        await second.Closed.WaitAsync(FakeSocket.Patience);
        host.Time.Advance(TimeSpan.FromSeconds(5));
        var third = await host.Discord.NextConnectionAsync();
        var identify = await third.NextAsync();

        Assert.StartsWith("/gateway", third.Path, StringComparison.Ordinal);
        Assert.Equal(2, Op(identify));
        Assert.Equal(2, host.Discord.Calls.Count(c => c.Path == "/api/v10/gateway/bot"));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsWithoutReconnecting(int code)
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.Discord.NextConnectionAsync();
        await socket.NextAsync(m => Op(m) == 2);

        await socket.CloseAsync(code);
        await host.Run.WaitAsync(FakeSocket.Patience);

        Assert.Single(host.Discord.Calls, c => c.Path == "/api/v10/gateway/bot");
    }

    [Fact]
    public async Task SessionTimedOut4009_IdentifiesAnewInsteadOfResuming()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var first = await host.ReadyAsync();

        await first.CloseAsync(4009);
        // A new identify within 5 s of the first waits for Discord's identify window (max_concurrency 1).
        var second = await host.AdvanceUntilAsync(host.Discord.NextConnectionAsync(), TimeSpan.FromSeconds(1));
        var identify = await second.NextAsync();

        Assert.StartsWith("/gateway", second.Path, StringComparison.Ordinal);
        Assert.Equal(2, Op(identify));
    }
}
