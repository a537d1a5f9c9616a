namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>The answer of <c>apps.connections.open</c>: a single-use WebSocket URL, or Slack's error.</summary>
/// <param name="RetryAfter">Set when Slack answered 429: how long to wait before asking again.</param>
public sealed record SlackConnectionOpenResult(Uri? Url, string? Error = null, TimeSpan? RetryAfter = null);
