namespace ClaimBot.Core.Claims;

/// <summary>One reload, as recorded in the store: who asked, from where, when, and the result (JSON).</summary>
/// <param name="RequestedBy">User id or "cli", "watch", "startup".</param>
/// <param name="Origin">"cli", "http", "discord", "slack", "watch", "startup".</param>
/// <param name="Succeeded">False when the reload failed and the previous generation kept serving.</param>
/// <param name="ResultJson">The reload result as JSON.</param>
public sealed record ReloadAudit(
    long Id,
    string RequestedBy,
    string Origin,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    bool Succeeded,
    long? Generation,
    string ResultJson);
