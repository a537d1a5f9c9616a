namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Remembers recently seen <c>event_id</c>s so Slack's retries (same id, <c>X-Slack-Retry-Num</c> 1–3, up to about
/// five minutes later) are answered once. Bounded and per instance: with several instances the processor also sets a
/// shared marker in the claim store's reply state, which narrows but does not close the cross-instance race.
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider timeProvider)
{
    private const int Capacity = 10_000;

    // Slack's last retry comes about five minutes after the first attempt; keep ids well beyond that.
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();

    /// <summary>True the first time an id is seen (within the lifetime), false for a duplicate.</summary>
    public bool TryRegister(string eventId)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Count >= Capacity || now - _order.Peek().At > Lifetime))
            {
                var (id, at) = _order.Dequeue();
                if (_seen.TryGetValue(id, out var stored) && stored == at)
                {
                    _seen.Remove(id);
                }
            }

            if (_seen.ContainsKey(eventId))
            {
                return false;
            }

            _seen[eventId] = now;
            _order.Enqueue((eventId, now));
            return true;
        }
    }

    /// <summary>Forgets an id whose work could not be queued, so Slack's retry is processed.</summary>
    public void Forget(string eventId)
    {
        lock (_gate)
        {
            _seen.Remove(eventId);
        }
    }
}
