namespace ClaimBot.Platforms.Slack;

/// <summary>The outcome of a Slack Web API call. Slack answers HTTP 200 with <c>ok:false</c> on failure, so <see cref="Ok"/> is what counts.</summary>
/// <param name="Error">Slack's error code (e.g. <c>not_in_channel</c>, <c>ratelimited</c>), or an HTTP status description.</param>
/// <param name="Ts">The posted message's timestamp, when the call posted one.</param>
public sealed record SlackApiResult(bool Ok, string? Error = null, string? Ts = null);
