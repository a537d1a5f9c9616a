namespace ClaimBot.Platforms.Slack;

/// <summary>A question from an <c>app_mention</c>, answered with <c>chat.postMessage</c> in the thread <paramref name="ThreadTs"/>.</summary>
public sealed record SlackMentionJob(string EventId, string Channel, string ThreadTs, string Question, string UserId) : SlackJob;
