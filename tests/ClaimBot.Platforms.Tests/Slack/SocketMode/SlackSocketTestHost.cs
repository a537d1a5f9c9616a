using System.Collections.Concurrent;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Slack.SocketMode;
using ClaimBot.Platforms.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ClaimBot.Platforms.Tests.Slack.SocketMode;

/// <summary>
/// The Slack adapter in Socket Mode on a generic host (no web server at all), pointed at a <see cref="FakeSlackSocketMode"/>.
/// The test runs the Socket Mode client itself, so it can wait for it to stop; the job worker runs as hosted.
/// </summary>
internal sealed class SlackSocketTestHost : IAsyncDisposable
{
    public const string AppToken = "xapp-1-A111-test";

    private readonly IHost _host;
    private readonly CancellationTokenSource _stop = new();

    private SlackSocketTestHost(IHost host, FakeSlackSocketMode slack)
    {
        _host = host;
        Slack = slack;
        Run = host.Services.GetRequiredService<ISlackSocketModeClient>().RunAsync(_stop.Token);
    }

    public FakeSlackSocketMode Slack { get; }

    /// <summary>The client's run; completes when it stops by itself (link_disabled) or at dispose.</summary>
    public Task Run { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Everything the host logged (Information and above).</summary>
    public FakeLogCollector Logs => _host.Services.GetRequiredService<FakeLogCollector>();

    /// <param name="openScript">Scripts <c>apps.connections.open</c> answers before the client first connects.</param>
    public static async Task<SlackSocketTestHost> StartAsync(Action<IServiceCollection> services, Action<ConcurrentQueue<(int Status, string Body)>>? openScript = null)
    {
        var slack = await FakeSlackSocketMode.StartAsync();
        openScript?.Invoke(slack.OpenScript);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Services.AddSlackSocketMode();
        builder.Services.Configure<SlackOptions>(o =>
        {
            o.Mode = SlackOptions.SocketMode;
            o.AppToken = AppToken;
            o.BotToken = "xoxb-test-token";
            o.ApiBaseUrl = slack.ApiBaseUrl;
            o.SocketReconnectDelay = TimeSpan.FromMilliseconds(1);
            o.SocketMaxReconnectDelay = TimeSpan.FromMilliseconds(20);
            // One job at a time keeps "which post came from which envelope" deterministic.
            o.Concurrency = 1;
        });
        builder.Services.Configure<DeliveryOptions>(o =>
        {
            // Short real delays: the tests count deliveries, they do not time them.
            o.BaseDelay = TimeSpan.FromMilliseconds(5);
            o.MaxDelay = TimeSpan.FromMilliseconds(50);
        });
        // The test drives the client; the hosted copy would be a second connection.
        var hosted = builder.Services.Single(d => d.ImplementationType?.Name == "SlackSocketModeService");
        builder.Services.Remove(hosted);
        services(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new SlackSocketTestHost(host, slack);
    }

    public static Task<SlackSocketTestHost> StartWithFakesAsync(ScriptedSlackRunner runner, Action<ConcurrentQueue<(int Status, string Body)>>? openScript = null) =>
        StartAsync(
            s =>
            {
                s.AddSingleton<ISlackCommandRunner>(runner);
                s.AddSingleton<IClaimStore>(new InMemorySlackStateStore());
            },
            openScript);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(FakeSocket.Patience).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _host.StopAsync();
        _host.Dispose();
        await Slack.DisposeAsync();
        _stop.Dispose();
    }
}
