using ClaimBot.Core.Claims;
using ClaimBot.Core.Reloading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Host.Serving;

/// <summary>
/// Brings the store up to date with the sources folder when the host starts (incremental; under the store's reload
/// lock, so several instances starting together do the work once), then marks the instance ready. An existing store
/// serves at once: a failed refresh keeps the stored generation.
/// </summary>
public sealed class StartupLoader(IClaimStore store, ReloadCoordinator reloads, ServingState state, ILogger<StartupLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var existing = await store.GetCurrentGenerationAsync(stoppingToken);
            if (existing is not null)
            {
                state.MarkLoaded();
            }

            var result = await reloads.ReloadAsync(new ReloadRequest("startup", "startup"), null, stoppingToken);
            if (!result.Succeeded)
            {
                ServeLog.StartupReloadFailed(logger, result.Generation, result.Error);
            }

            if (result.Generation is not null)
            {
                state.MarkLoaded();
                ServeLog.Loaded(logger, result.Generation);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ServeLog.LoadFailed(logger, ex);
        }
    }
}
