namespace ClaimBot.Platforms.Discord;

/// <summary>What a "Show all evidence" button shows, stored in the claim store so any instance can serve the click.</summary>
public sealed record DiscordEvidenceState(string Title, int? Color, IReadOnlyList<DiscordEvidenceItem> Items);
