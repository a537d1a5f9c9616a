using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>Runs the Socket Mode client while the host runs, when <c>Slack:Mode</c> is <c>SocketMode</c>; an unexpected failure restarts it rather than the host.</summary>
internal sealed class SlackSocketModeService(ISlackSocketModeClient client, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSocketModeService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        return settings.IsSocketMode && settings.Enabled
            ? ClientRestarts.RunAsync(client.RunAsync, settings.SocketMaxReconnectDelay, time, ex => SlackSocketModeLog.ClientFailed(logger, ex), stoppingToken)
            : Task.CompletedTask;
    }
}
