using System.Diagnostics;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Reloading;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Host.Serving;

/// <summary>
/// Brings the store up to date with the sources folder when the host starts (incremental; under the store's reload
/// lock, so several instances starting together do the work once), then marks the instance ready. An existing store
/// serves at once: a failed refresh keeps the stored generation. Then it loads what the first question would otherwise
/// wait for (the claim index, the language models, the concept tables of the indexed languages), so the first chat
/// question after a start is answered as fast as the later ones; readiness does not wait for it, and a question that
/// comes first waits on the same loads instead of repeating them.
/// </summary>
public sealed class StartupLoader(IClaimStore store, ReloadCoordinator reloads, ServingState state, ClaimIndexCache indexes, EngineWarmUp warmUp, ILogger<StartupLoader> logger) : BackgroundService
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
                await WarmUpAsync(stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ServeLog.LoadFailed(logger, ex);
        }
    }

    private async Task WarmUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var models = warmUp.StartLanguageModels();
            var index = await indexes.GetAsync(stoppingToken);
            await Task.WhenAll(models, warmUp.StartConceptTables(index.Languages)).WaitAsync(stoppingToken);
            var languages = string.Join(",", index.Languages.Order(StringComparer.Ordinal));
            ServeLog.WarmedUp(logger, index.ClaimCount, languages, clock.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The instance serves already; what was not loaded here loads when the first question needs it.
            ServeLog.WarmUpFailed(logger, ex.Message);
        }
    }
}
