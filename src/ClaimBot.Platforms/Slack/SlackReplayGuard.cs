using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Inbound;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Refuses a correctly signed Slack request that was already accepted: the signature (which covers the timestamp and
/// the body) is remembered for Slack's 5-minute window, per instance and, for scaled-out instances, in the shared
/// store through an atomic insert. A Slack retry (<c>X-Slack-Retry-Num</c>) counts as a delivery of its own, since
/// it may reuse the timestamp; the event id dedupe then answers it once.
/// </summary>
public sealed class SlackReplayGuard(IClaimStore store, TimeProvider timeProvider, ILogger<SlackReplayGuard> logger)
{
    private const string KeyPrefix = "slack:request:";

    // Beyond the window plus clock skew the timestamp check refuses the request anyway.
    private static readonly TimeSpan Lifetime = SlackSignatureVerifier.MaxClockSkew * 2;

    // 200 requests a second for ten minutes; older entries fall back to the shared store.
    private readonly RecentKeys _seen = new(timeProvider, Lifetime, capacity: 120_000);

    /// <summary>True the first time this signed request is seen; false for a replay.</summary>
    public async Task<bool> TryAcceptAsync(string timestamp, string signature, string? retryNum, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + timestamp + ":" + signature + ":" + retryNum;
        if (!_seen.TryRegister(key))
        {
            return false;
        }

        try
        {
            return await store.TryAddReplyStateAsync(key, "{}", timeProvider.GetUtcNow() + Lifetime, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store being down must not take Slack down with it; this instance's memory still refuses replays here.
            SlackLog.ReplayMarkerFailed(logger, ex);
            return true;
        }
    }
}
