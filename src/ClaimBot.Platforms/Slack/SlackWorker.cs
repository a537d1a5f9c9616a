using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Hosted worker that drains <see cref="SlackJobChannel"/>, one DI scope per job, up to <see cref="SlackOptions.Concurrency"/>
/// jobs at once. A job holds a core only while the engine runs (<see cref="Chat.ChatEngineSlots"/>); its posts to Slack
/// are awaited without one, so throughput follows the cores, not the API's latency.
/// Jobs still queued when the host stops are lost (the queue is in memory); Slack users then see only the acknowledgement.
/// </summary>
public sealed class SlackWorker(
    SlackJobChannel jobs,
    IServiceScopeFactory scopes,
    IOptions<SlackOptions> options,
    ILogger<SlackWorker> logger) : BackgroundService
{
    private int _running;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.Concurrency,
            CancellationToken = stoppingToken,
        };
        try
        {
            await Parallel.ForEachAsync(jobs.ReadAllAsync(stoppingToken), parallel, RunAsync).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            var running = Volatile.Read(ref _running);
            SlackLog.WorkerStopped(logger, running);
        }
    }

    private async ValueTask RunAsync(SlackJob job, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _running);
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var processor = scope.ServiceProvider.GetRequiredService<SlackJobProcessor>();
                await processor.ProcessAsync(job, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One job's failure must never stop the worker.
            SlackLog.JobFailed(logger, job.GetType().Name, ex);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
