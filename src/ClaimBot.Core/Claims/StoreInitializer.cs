using Microsoft.Extensions.Hosting;

namespace ClaimBot.Core.Claims;

/// <summary>Migrates the store and cleans up after crashed commits when the host starts, before any verb or request touches it.</summary>
public sealed class StoreInitializer(IClaimStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
