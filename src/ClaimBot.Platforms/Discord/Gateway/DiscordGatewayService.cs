using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Runs the Gateway client while the host runs, when <c>Discord:Gateway:Enabled</c> is true; an unexpected failure restarts it rather than the host.</summary>
internal sealed class DiscordGatewayService(IDiscordGatewayClient client, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordGatewayService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var gateway = options.Value.Gateway;
        return gateway.Enabled
            ? ClientRestarts.RunAsync(client.RunAsync, gateway.MaxReconnectDelay, time, ex => DiscordGatewayLog.ClientFailed(logger, ex), stoppingToken)
            : Task.CompletedTask;
    }
}
