using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Finishes deferred interactions in the background: a queue drained by a hosted service, so no reply is a
/// fire-and-forget task that can be lost. At shutdown it stops taking work, lets running replies finish, and when
/// the host's shutdown timeout fires it cancels them so each still sends its "please try again" message.
/// </summary>
public sealed class DiscordReplyWorker(ILogger<DiscordReplyWorker> logger) : BackgroundService
{
    private static readonly TimeSpan AckWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AbortGrace = TimeSpan.FromSeconds(5);
    private readonly Channel<DiscordDeferredJob> _jobs = Channel.CreateUnbounded<DiscordDeferredJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _abort = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>Fires when the host stops waiting for running replies; commands link their tokens to it.</summary>
    public CancellationToken Aborted => _abort.Token;

    internal bool TryEnqueue(DiscordDeferredJob job) => _jobs.Writer.TryWrite(job);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _jobs.Reader.ReadAllAsync(CancellationToken.None))
        {
            var task = RunAsync(job);
            _running.TryAdd(task, 0);
            _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        await Task.WhenAll(_running.Keys);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _jobs.Writer.TryComplete();
        DiscordLog.Draining(logger, _running.Count);

        // Returns when every reply is done or when the host stops waiting (its shutdown timeout).
        await base.StopAsync(cancellationToken);
        if (ExecuteTask is { IsCompleted: false })
        {
            await _abort.CancelAsync();
            // Cancelled replies still owe their users a "please try again"; give those short edits a moment.
            await Task.WhenAll(_running.Keys).WaitAsync(AbortGrace, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(DiscordDeferredJob job)
    {
        await Task.Yield();
        try
        {
            await job.Acknowledged.WaitAsync(AckWait);
        }
        catch (TimeoutException)
        {
            // The response was written but the server never reported completion; edit anyway rather than go silent.
        }

        try
        {
            await job.RunAsync(_abort.Token);
        }
        catch (Exception ex)
        {
            DiscordLog.DeliveryFailed(logger, job.InteractionId, ex);
        }
    }
}
