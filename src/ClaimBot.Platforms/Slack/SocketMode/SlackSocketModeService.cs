using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>Runs the Socket Mode client while the host runs, when <c>Slack:Mode</c> is <c>SocketMode</c>; an unexpected failure restarts it rather than the host.</summary>
internal sealed class SlackSocketModeService(ISlackSocketModeClient client, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSocketModeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IsSocketMode || !settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await client.RunAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                SlackSocketModeLog.ClientFailed(logger, ex);
                await Task.Delay(settings.SocketMaxReconnectDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
