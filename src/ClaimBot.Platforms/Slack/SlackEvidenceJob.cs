namespace ClaimBot.Platforms.Slack;

/// <summary>A "Show all evidence" click: post the evidence saved under <paramref name="StateKey"/> to the clicker only.</summary>
public sealed record SlackEvidenceJob(string StateKey, string ResponseUrl, string UserId) : SlackJob;
