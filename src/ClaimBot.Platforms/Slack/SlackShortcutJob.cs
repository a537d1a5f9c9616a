namespace ClaimBot.Platforms.Slack;

/// <summary>The "Fact-check this message" shortcut: check <paramref name="Statement"/> and reply in its thread; problems go to <paramref name="ResponseUrl"/>.</summary>
public sealed record SlackShortcutJob(string Channel, string ThreadTs, string Statement, string UserId, string? ResponseUrl) : SlackJob;
