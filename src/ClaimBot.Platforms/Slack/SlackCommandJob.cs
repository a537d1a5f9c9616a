using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Slack;

/// <summary>A slash command to run; the result goes to <paramref name="ResponseUrl"/>.</summary>
public sealed record SlackCommandJob(ChatRequest Request, string ResponseUrl) : SlackJob;
