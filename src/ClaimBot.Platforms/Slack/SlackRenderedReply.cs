namespace ClaimBot.Platforms.Slack;

/// <summary>A rendered reply and, when evidence was trimmed, the full evidence to save behind the "Show all evidence" button.</summary>
public sealed record SlackRenderedReply(SlackMessage Message, IReadOnlyList<SlackEvidenceItem>? FullEvidence = null);
