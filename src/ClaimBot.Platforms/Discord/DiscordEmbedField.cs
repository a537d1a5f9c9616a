namespace ClaimBot.Platforms.Discord;

/// <summary>One embed field: name up to 256 characters, value up to 1024.</summary>
public sealed record DiscordEmbedField(string Name, string Value, bool? Inline = null);
