namespace ClaimBot.Platforms.Sockets;

/// <summary>
/// Delays between reconnect attempts of the Slack Socket Mode and Discord Gateway clients: exponential, capped, with
/// "equal jitter" (half fixed, half random) so many instances restarted together do not reconnect in lockstep.
/// </summary>
public static class ReconnectBackoff
{
    /// <summary>The wait before attempt <paramref name="failures"/> + 1; zero after no failure (reconnect at once).</summary>
    /// <param name="failures">Consecutive failed attempts so far.</param>
    /// <param name="jitter">A random value in [0, 1).</param>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        // 2^20 base delays is already past any sensible cap; clamping the exponent keeps the arithmetic finite.
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 20));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Math.Clamp(jitter, 0, 1) / 2)));
    }
}
