namespace ClaimBot.Platforms.Discord;

/// <summary>A rendered reply and, when evidence had to be trimmed to fit, everything that was left out.</summary>
/// <param name="Evidence">Set when something was trimmed: the full evidence to keep behind a "Show all evidence" button.</param>
public sealed record DiscordRenderedReply(DiscordMessage Message, DiscordEvidenceState? Evidence);
