namespace ClaimBot.Platforms.Discord;

/// <summary>One suggestion: name and value each 1–100 characters.</summary>
public sealed record DiscordAutocompleteChoice(string Name, string Value);
