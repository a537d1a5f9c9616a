using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Runs the Gateway client while the host runs, when <c>Discord:Gateway:Enabled</c> is true.</summary>
internal sealed class DiscordGatewayService(IDiscordGatewayClient client, IOptions<DiscordOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Gateway.Enabled ? client.RunAsync(stoppingToken) : Task.CompletedTask;
}
