using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Runs the Gateway client while the host runs, when <c>Discord:Gateway:Enabled</c> is true; an unexpected failure restarts it rather than the host.</summary>
internal sealed class DiscordGatewayService(IDiscordGatewayClient client, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordGatewayService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var gateway = options.Value.Gateway;
        if (!gateway.Enabled)
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
                DiscordGatewayLog.ClientFailed(logger, ex);
                await Task.Delay(gateway.MaxReconnectDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
