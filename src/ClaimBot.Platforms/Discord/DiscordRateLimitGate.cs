namespace ClaimBot.Platforms.Discord;

/// <summary>Process-wide pause after a global 429: every outbound Discord call waits until it has passed.</summary>
public sealed class DiscordRateLimitGate(TimeProvider time)
{
    private long _pausedUntilTicks;

    /// <summary>Pauses all calls for <paramref name="delay"/> (extends, never shortens, a running pause).</summary>
    public void PauseAll(TimeSpan delay)
    {
        var until = time.GetUtcNow().Add(delay).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntilTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pausedUntilTicks, until, current) != current);
    }

    /// <summary>Waits out a global pause, if any.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
