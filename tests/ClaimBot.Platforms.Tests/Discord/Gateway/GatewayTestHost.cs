using System.Text.Json.Nodes;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Discord.Gateway;
using ClaimBot.Platforms.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

/// <summary>
/// The Discord Gateway adapter on a generic host (no web server) against a <see cref="FakeDiscordGateway"/>, on a
/// <see cref="FakeTimeProvider"/>: heartbeats and waits happen only when the test advances time. The test runs the
/// client itself, so it can wait for it to stop; the reply worker runs as hosted.
/// </summary>
internal sealed class GatewayTestHost : IAsyncDisposable
{
    public const string BotToken = "test-bot-token";
    public const string Guild = "400000000000000004";

    private readonly IHost _host;
    private readonly CancellationTokenSource _stop = new();
    // Static: two hosts sharing one store (two instances) must not sync on the same message id.
    private static int _syncs;

    private GatewayTestHost(IHost host, FakeDiscordGateway discord, ScriptedCommandRunner runner, FakeTimeProvider time)
    {
        _host = host;
        Discord = discord;
        Runner = runner;
        Time = time;
        Run = host.Services.GetRequiredService<IDiscordGatewayClient>().RunAsync(_stop.Token);
    }

    public FakeDiscordGateway Discord { get; }

    public ScriptedCommandRunner Runner { get; }

    public FakeTimeProvider Time { get; }

    public Task Run { get; }

    /// <summary>Everything the host logged (Information and above).</summary>
    public FakeLogCollector Logs => _host.Services.GetRequiredService<FakeLogCollector>();

    /// <param name="store">The claim store; pass one to share reply state between two hosts (two instances).</param>
    /// <param name="delivery">Changes to the retry settings (short delays are set already: waits run on the fake clock).</param>
    public static async Task<GatewayTestHost> StartAsync(
        Action<FakeDiscordGateway>? arrange = null, IClaimStore? store = null, Action<DeliveryOptions>? delivery = null)
    {
        var discord = await FakeDiscordGateway.StartAsync();
        arrange?.Invoke(discord);
        var runner = new ScriptedCommandRunner { Script = (request, _, _) => Task.FromResult(new ChatReply(request.Kind, Answer: DiscordSamples.Answer(2))) };
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IDiscordCommandRunner>(runner);
        builder.Services.AddSingleton<IClaimStore>(store ?? new InMemoryReplyStateStore());
        builder.Services.AddDiscordGateway();
        builder.Services.Configure<DeliveryOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxDelay = TimeSpan.FromMilliseconds(100);
            delivery?.Invoke(o);
        });
        builder.Services.Configure<DiscordOptions>(o =>
        {
            o.ApplicationId = DiscordTestHost.ApplicationId;
            o.BotToken = BotToken;
            o.ApiBaseUrl = discord.ApiBaseUrl;
            o.Gateway.Enabled = true;
        });
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType?.Name == "DiscordGatewayService"));
        var host = builder.Build();
        await host.StartAsync();
        return new GatewayTestHost(host, discord, runner, time);
    }

    /// <summary>The first connection, identified and READY (the client has seen READY once this returns).</summary>
    public async Task<FakeSocket> ReadyAsync()
    {
        var socket = await Discord.NextConnectionAsync();
        await socket.NextAsync(m => (int?)m["op"] == 2);
        await SyncAsync(socket);
        return socket;
    }

    /// <summary>
    /// Returns once the client has handled every frame sent on <paramref name="socket"/> so far: it sends a DM mention
    /// asking for help and waits for the reply, which the client can only post after reading the earlier frames.
    /// </summary>
    public async Task SyncAsync(FakeSocket socket)
    {
        var n = Interlocked.Increment(ref _syncs);
        var channel = $"70000000000000{n:D4}";
        await Discord.DispatchAsync(socket, "MESSAGE_CREATE", FakeDiscordGateway.Message($"71000000000000{n:D4}", channel, null, $"<@{FakeDiscordGateway.BotUserId}> help"));
        await Discord.WaitForCallAsync(c => c.Method == "POST" && c.Path.EndsWith($"/channels/{channel}/messages", StringComparison.Ordinal));
    }

    /// <summary>Dispatches a human's message mentioning the bot.</summary>
    public Task MentionAsync(FakeSocket socket, string id, string channel, string text, string? guild = Guild, JsonObject? replyTo = null) =>
        Discord.DispatchAsync(socket, "MESSAGE_CREATE", FakeDiscordGateway.Message(id, channel, guild, $"<@{FakeDiscordGateway.BotUserId}> {text}", replyTo: replyTo));

    /// <summary>
    /// Moves the clock on in <paramref name="step"/>s until <paramref name="until"/> completes, for a wait whose timer
    /// the client starts after an HTTP answer (the identify pacing), where the test has nothing to sync on.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> until, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(until);
        for (var i = 0; i < 1500 && !until.IsCompleted; i++)
        {
            Time.Advance(step);
            await Task.WhenAny(until, Task.Delay(20));
        }

        return await until;
    }

    /// <summary>Waits (bounded) until an event with <paramref name="eventId"/> has been logged.</summary>
    public async Task<FakeLogRecord> LoggedAsync(int eventId)
    {
        await Eventually.TrueAsync(() => Logs.GetSnapshot().Any(r => r.Id.Id == eventId));
        return Logs.GetSnapshot().First(r => r.Id.Id == eventId);
    }

    public Task<FakeHttpCall> PostedToAsync(string channel) =>
        Discord.WaitForCallAsync(c => c.Method == "POST" && c.Path == $"/api/v10/channels/{channel}/messages");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(FakeSocket.Patience).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _host.StopAsync();
        _host.Dispose();
        await Discord.DisposeAsync();
        _stop.Dispose();
    }
}
