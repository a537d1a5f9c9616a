using System.Text.Json;
using ClaimBot.Core.Claims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Core.Reloading;

/// <summary>
/// The one reload mechanism. Concurrent requests coalesce: at most one reload runs in this process (and, through the
/// store's reload lock, across processes); a request arriving during a run causes exactly one more run afterwards,
/// and every requester gets the result of a run that started after its request. Each run is audited in the store.
/// A requester that goes away does not stop a run; the host stopping (SIGTERM) does, and the reload lock is released
/// on every path, so the next reload (here or in another process) can start.
/// </summary>
public sealed class ReloadCoordinator(
    SourceIngestor ingestor,
    IClaimStore store,
    TimeProvider time,
    ILogger<ReloadCoordinator> logger,
    IHostApplicationLifetime? lifetime = null)
{
    private readonly Lock _gate = new();
    private Task<ReloadResult>? _running;
    private PendingRun? _next;

    public Task<ReloadResult> ReloadAsync(ReloadRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_running is null)
            {
                var run = new PendingRun(request);
                run.Subscribe(progress);
                _running = StartAsync(run);
                return _running.WaitAsync(cancellationToken);
            }

            ReloadLog.Coalesced(logger);
            _next ??= new PendingRun(request);
            _next.Subscribe(progress);
            return _next.Completion.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A reload for callers that refresh on their own initiative (the CLI before every question), not at someone's
    /// request: when a lock-free comparison finds the sources as stored, it returns that state without taking the
    /// reload lock or writing an audit record, so answering questions leaves no trace in the reload history. Otherwise
    /// (or when the comparison itself fails, so the reload reports the problem) it is <see cref="ReloadAsync"/>.
    /// </summary>
    public async Task<ReloadResult> RefreshAsync(ReloadRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken)
    {
        ReloadResult? unchanged;
        try
        {
            unchanged = await ingestor.UnchangedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ReloadLog.CheckFailed(logger, ex);
            unchanged = null;
        }

        if (unchanged is null)
        {
            return await ReloadAsync(request, progress, cancellationToken);
        }

        ReloadLog.UpToDate(logger, request.Origin, unchanged.Generation, unchanged.Unchanged.Count, unchanged.Skipped.Count, (long)unchanged.Duration.TotalMilliseconds);
        return unchanged;
    }

    private async Task<ReloadResult> StartAsync(PendingRun run)
    {
        // Yield so the caller's lock is released before the run starts.
        await Task.Yield();
        var result = await RunAsync(run);
        run.Completion.TrySetResult(result);
        lock (_gate)
        {
            if (_next is { } next)
            {
                _next = null;
                _running = StartAsync(next);
            }
            else
            {
                _running = null;
            }
        }

        return result;
    }

    private async Task<ReloadResult> RunAsync(PendingRun run)
    {
        var started = time.GetUtcNow();
        ReloadLog.Started(logger, run.Request.RequestedBy, run.Request.Origin);
        ReloadResult result;
        var stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
        try
        {
            await using (await store.AcquireReloadLockAsync(stopping))
            {
                result = await ingestor.IngestAsync(run, stopping);
            }

            ReloadLog.Finished(logger, result.Generation, result.Added.Count, result.Changed.Count, result.Removed.Count,
                result.Unchanged.Count, result.Skipped.Count, result.ClaimsAfter, (long)result.Duration.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            ReloadLog.Cancelled(logger);
            var generation = await SafeGenerationAsync();
            result = new ReloadResult(false, generation, [], [], [], [], [], 0, 0, time.GetUtcNow() - started, "cancelled: ClaimBot is stopping");
        }
        catch (Exception ex)
        {
            ReloadLog.Failed(logger, ex);
            var generation = await SafeGenerationAsync();
            result = new ReloadResult(false, generation, [], [], [], [], [], 0, 0, time.GetUtcNow() - started, ex.Message);
        }

        await AuditAsync(run.Request, started, result);
        return result;
    }

    private async Task<long?> SafeGenerationAsync()
    {
        try
        {
            return await store.GetCurrentGenerationAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private async Task AuditAsync(ReloadRequest request, DateTimeOffset started, ReloadResult result)
    {
        try
        {
            var audit = new ReloadAudit(0, request.RequestedBy, request.Origin, started, time.GetUtcNow(), result.Succeeded, result.Generation,
                JsonSerializer.Serialize(result, ReloadJson.Options));
            await store.AddReloadAuditAsync(audit, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ReloadLog.Failed(logger, ex);
        }
    }

    private sealed class PendingRun(ReloadRequest request) : IProgress<ReloadProgress>
    {
        private readonly List<IProgress<ReloadProgress>> _subscribers = [];

        public ReloadRequest Request { get; } = request;

        public TaskCompletionSource<ReloadResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Subscribe(IProgress<ReloadProgress>? progress)
        {
            if (progress is not null)
            {
                lock (_subscribers)
                {
                    _subscribers.Add(progress);
                }
            }
        }

        public void Report(ReloadProgress value)
        {
            lock (_subscribers)
            {
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Report(value);
                }
            }
        }
    }
}
