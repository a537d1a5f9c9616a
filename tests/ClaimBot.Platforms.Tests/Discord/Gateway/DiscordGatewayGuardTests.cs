using System.Text;
using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

/// <summary>Gateway frames get the HTTP bad-input rules, and mention replies the resilient delivery, on the fake Gateway.</summary>
public sealed class DiscordGatewayGuardTests
{
    private const string Channel = "500000000000000005";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task MessageCreateWithALoneSurrogateEscape_SkippedQuietlyAndTheNextMentionIsAnswered()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();
        var bad = FakeDiscordGateway.Message("620000000000000001", Channel, GatewayTestHost.Guild, $"<@{FakeDiscordGateway.BotUserId}> who LONE")
            .ToJsonString().Replace("LONE", "\\ud800", StringComparison.Ordinal);

        await host.Discord.DispatchRawAsync(socket, "MESSAGE_CREATE", bad);
        await host.MentionAsync(socket, "620000000000000002", Channel, "who was invited to Astana?");
        await host.PostedToAsync("620000000000000002");

        Assert.Equal(["who was invited to Astana?"], host.Runner.Requests.Select(r => r.Text));
        Assert.DoesNotContain(host.Discord.Calls, c => c.Path.Contains("620000000000000001", StringComparison.Ordinal));
        var refused = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 7052);
        Assert.Equal(LogLevel.Warning, refused.Level);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Exception is not null);
        Assert.False(socket.Closed.IsCompleted);
    }

    [Fact]
    public async Task FrameThatIsNotUtf8_ConnectionFailsAsTheWebSocketRfcSaysAndTheSessionResumes()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();
        var bytes = Encoding.UTF8.GetBytes("""{"op":0,"t":"MESSAGE_CREATE","s":99,"d":{"content":"who__"}}""");
        bytes[^5] = 0xFF;

        await socket.SendRawAsync(bytes);
        var closedWith = await socket.Closed.WaitAsync(FakeSocket.Patience);
        var second = await host.Discord.NextConnectionAsync();
        await second.NextAsync(m => (int?)m["op"] == 6);
        await host.MentionAsync(second, "620000000000000003", Channel, "who was invited to Astana?");
        await host.PostedToAsync("620000000000000003");

        Assert.Equal(1007, closedWith);
        Assert.Equal(["who was invited to Astana?"], host.Runner.Requests.Select(r => r.Text));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Exception is not null);
    }

    [Theory]
    [InlineData("", "question")]
    [InlineData("check ", "statement")]
    public async Task MentionTextLongerThanTheCommandOption_GetsTheCappedMessageAndRunsNothing(string prefix, string option)
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();
        var text = "who " + new string('a', DiscordCommandCatalog.MaxInput);

        await host.MentionAsync(socket, "620000000000000004", Channel, prefix + text);
        var reply = await host.PostedToAsync("620000000000000004");

        Assert.Empty(host.Runner.Requests);
        var content = (string)reply.Json!["content"]!;
        Assert.StartsWith($"The {option} is too long ({text.Length} characters)", content, StringComparison.Ordinal);
        Assert.Contains(DiscordCommandCatalog.MaxInput.ToString(System.Globalization.CultureInfo.InvariantCulture), content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyPostDroppedTwice_StillDeliveredOnceWithAnEnforcedNonce()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();
        host.Discord.DropMessagePosts(2);

        await host.MentionAsync(socket, "620000000000000005", Channel, "who was invited to Astana?");
        var answer = await host.AdvanceUntilAsync(host.PostedToAsync("620000000000000005"), Step);

        Assert.Equal(2, host.Discord.DroppedPosts);
        Assert.Single(host.Discord.Posts, p => p.Path == "/api/v10/channels/620000000000000005/messages");
        Assert.Equal("620000000000000005", (string?)answer.Json!["nonce"]);
        Assert.True((bool?)answer.Json["enforce_nonce"]);
        Assert.Matches(@"\[\d+\]", (string)answer.Json["content"]!);
        Assert.Single(host.Runner.Requests);
    }

    [Fact]
    public async Task ReplyNeverDelivered_LoggedOnceWithTheMessageId()
    {
        await using var host = await GatewayTestHost.StartAsync(delivery: o => o.MaxAttempts = 3);
        var socket = await host.ReadyAsync();
        host.Discord.DropMessagePosts(int.MaxValue);

        await host.MentionAsync(socket, "620000000000000006", Channel, "who was invited to Astana?");
        var failed = await host.AdvanceUntilAsync(host.LoggedAsync(5117), Step);

        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Contains("620000000000000006", failed.Message, StringComparison.Ordinal);
        Assert.Null(failed.Exception);
        Assert.Equal(3, host.Discord.DroppedPosts);
        Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 7001 && r.Message.Contains("620000000000000006", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplyRateLimited_WaitedOutOnlyByTheRateLimitHandler()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();
        host.Discord.RateLimitMessagePosts = true;

        await host.MentionAsync(socket, "620000000000000007", "520000000000000005", "who was invited to Astana?", guild: null);
        await host.AdvanceUntilAsync(host.LoggedAsync(5117), Step);

        // One layer: the handler's retries, none on top from the resilient sender (which would multiply them).
        Assert.Equal(DiscordRateLimitHandler.MaxRetries + 1, host.Discord.Calls.Count(c => c.Method == "POST" && c.Path == "/api/v10/channels/520000000000000005/messages"));
    }

    [Fact]
    public async Task SameMessageOnTwoInstances_AnsweredOnceThroughTheStoresAtomicClaim()
    {
        var store = new InMemoryReplyStateStore();
        await using var first = await GatewayTestHost.StartAsync(store: store);
        await using var second = await GatewayTestHost.StartAsync(store: store);
        var a = await first.ReadyAsync();
        var b = await second.ReadyAsync();
        const string Key = "discord:message:620000000000000008";

        await first.MentionAsync(a, "620000000000000008", Channel, "who was invited to Astana?");
        await second.MentionAsync(b, "620000000000000008", Channel, "who was invited to Astana?");
        await Eventually.TrueAsync(() => store.Claims.Count(c => c.Key == Key) == 2);
        await Eventually.TrueAsync(() => Answers(first) + Answers(second) > 0);

        Assert.Equal(1, Answers(first) + Answers(second));
        Assert.Single(store.Claims, c => c.Key == Key && c.Added);
    }

    private static int Answers(GatewayTestHost host) =>
        host.Discord.Posts.Count(p => p.Path == "/api/v10/channels/620000000000000008/messages");
}
