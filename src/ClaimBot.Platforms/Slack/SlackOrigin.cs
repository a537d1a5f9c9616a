namespace ClaimBot.Platforms.Slack;

/// <summary>Which Slack request a job answers and when it arrived: the reference for logs and the start of Slack's delivery windows.</summary>
/// <param name="Reference">The event id, trigger id or action timestamp Slack sent; never a URL or token.</param>
public sealed record SlackOrigin(string Reference, DateTimeOffset ReceivedAt);
