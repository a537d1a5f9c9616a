using ClaimBot.Platforms.Inbound;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Remembers recently seen <c>event_id</c>s so Slack's retries (same id, <c>X-Slack-Retry-Num</c> 1–3, up to about
/// five minutes later) are answered once. Bounded and per instance: with several instances the processor also sets a
/// shared marker in the claim store's reply state.
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider timeProvider)
{
    // Slack's last retry comes about five minutes after the first attempt; keep ids well beyond that.
    private readonly RecentKeys _seen = new(timeProvider, TimeSpan.FromMinutes(30), capacity: 10_000);

    /// <summary>True the first time an id is seen (within the lifetime), false for a duplicate.</summary>
    public bool TryRegister(string eventId) => _seen.TryRegister(eventId);

    /// <summary>Forgets an id whose work could not be queued, so Slack's retry is processed.</summary>
    public void Forget(string eventId) => _seen.Forget(eventId);
}
