namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// Discord's identify limits: when <c>session_start_limit.remaining</c> is 0, wait <c>reset_after</c> (Discord resets the
/// bot token after 1000 identifies a day); and at most <c>max_concurrency</c> identifies per 5 seconds.
/// </summary>
public sealed class DiscordIdentifyGate(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();

    /// <summary>Returns when an IDENTIFY may be sent, with how long it waited.</summary>
    public async Task<TimeSpan> WaitAsync(DiscordSessionStartLimit limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var started = time.GetUtcNow();
        if (limit.Remaining <= 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(limit.ResetAfter, 0)), time, cancellationToken);
        }

        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_recent.Count > 0 && _recent.Peek() <= now - Window)
                {
                    _recent.Dequeue();
                }

                if (_recent.Count < Math.Max(limit.MaxConcurrency, 1))
                {
                    _recent.Enqueue(now);
                    return now - started;
                }

                wait = _recent.Peek() + Window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
