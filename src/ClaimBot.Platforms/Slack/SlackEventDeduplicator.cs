using ClaimBot.Platforms.Inbound;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// This instance's one memory of Slack deliveries, so each is answered once: <c>event_id</c>s, whether the event came
/// over HTTP (Slack's retries carry the same id with <c>X-Slack-Retry-Num</c> 1–3, up to about five minutes later) or
/// over Socket Mode (a retry in a new envelope), and Socket Mode <c>envelope_id</c>s (an envelope redelivered on
/// another connection). Bounded and per instance: with several instances the processor also claims a shared marker
/// in the claim store (<c>TryAddReplyStateAsync</c>).
/// </summary>
public sealed class SlackEventDeduplicator(TimeProvider timeProvider)
{
    // Distinct key spaces: slash commands and interactions have an envelope id but no event id.
    private const string EventPrefix = "event:";
    private const string EnvelopePrefix = "envelope:";

    // Slack's last retry comes about five minutes after the first attempt; keep ids well beyond that. An app_mention
    // over Socket Mode takes two entries (envelope and event).
    private readonly RecentKeys _seen = new(timeProvider, TimeSpan.FromMinutes(30), capacity: 20_000);

    /// <summary>True the first time an event id is seen (within the lifetime), false for a duplicate.</summary>
    public bool TryRegister(string eventId) => _seen.TryRegister(EventPrefix + eventId);

    /// <summary>Forgets an event id whose work could not be queued, so Slack's retry is processed.</summary>
    public void Forget(string eventId) => _seen.Forget(EventPrefix + eventId);

    /// <summary>True the first time a Socket Mode envelope id is seen, false for a redelivery.</summary>
    public bool TryRegisterEnvelope(string envelopeId) => _seen.TryRegister(EnvelopePrefix + envelopeId);

    /// <summary>Forgets an envelope left unacknowledged, so Slack's redelivery is processed.</summary>
    public void ForgetEnvelope(string envelopeId) => _seen.Forget(EnvelopePrefix + envelopeId);
}
