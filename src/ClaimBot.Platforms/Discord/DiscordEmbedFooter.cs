namespace ClaimBot.Platforms.Discord;

/// <summary>An embed footer (up to 2048 characters).</summary>
public sealed record DiscordEmbedFooter(string Text);
