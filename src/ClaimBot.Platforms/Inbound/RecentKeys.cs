namespace ClaimBot.Platforms.Inbound;

/// <summary>
/// A bounded, time-limited set of recently seen keys (event ids, request signatures) for one instance: the first
/// registration of a key wins until it expires; the oldest keys are dropped beyond the capacity.
/// </summary>
public sealed class RecentKeys(TimeProvider timeProvider, TimeSpan lifetime, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>True the first time a key is seen (within the lifetime), false for a repeat.</summary>
    public bool TryRegister(string key)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Count >= capacity || now - _order.Peek().At > lifetime))
            {
                var (old, at) = _order.Dequeue();
                if (_seen.TryGetValue(old, out var stored) && stored == at)
                {
                    _seen.Remove(old);
                }
            }

            if (_seen.ContainsKey(key))
            {
                return false;
            }

            _seen[key] = now;
            _order.Enqueue((key, now));
            return true;
        }
    }

    /// <summary>Forgets a key, so its next registration wins again.</summary>
    public void Forget(string key)
    {
        lock (_gate)
        {
            _seen.Remove(key);
        }
    }
}
