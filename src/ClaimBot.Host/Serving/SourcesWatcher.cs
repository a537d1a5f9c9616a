using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Host.Serving;

/// <summary>With Sources:Watch on, reloads (debounced by Sources:WatchDebounce) when files in the sources folder change.</summary>
public sealed class SourcesWatcher(IOptions<SourcesOptions> options, ReloadCoordinator reloads, TimeProvider time, ILogger<SourcesWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            return;
        }

        var folder = Path.GetFullPath(options.Value.Path);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        using var changed = new SemaphoreSlim(0);
        long lastChange = 0;
        void OnChange()
        {
            Interlocked.Exchange(ref lastChange, time.GetTimestamp());
            changed.Release();
        }

        watcher.Created += (_, _) => OnChange();
        watcher.Changed += (_, _) => OnChange();
        watcher.Deleted += (_, _) => OnChange();
        watcher.Renamed += (_, _) => OnChange();
        ServeLog.Watching(logger, folder);

        var debounce = options.Value.WatchDebounce;
        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken);
            // Debounce: wait until no change arrived for the quiet period, so copying many files is one reload.
            do
            {
                await Task.Delay(debounce, time, stoppingToken);
            }
            while (time.GetElapsedTime(Interlocked.Read(ref lastChange)) < debounce);

            while (changed.CurrentCount > 0)
            {
                await changed.WaitAsync(stoppingToken);
            }

            ServeLog.WatchTriggered(logger);
            await reloads.ReloadAsync(new ReloadRequest("watch", "watch"), null, stoppingToken);
        }
    }
}
