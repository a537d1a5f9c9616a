namespace ClaimBot.Platforms.Discord;

/// <summary>A command option: 3 STRING, 5 BOOLEAN. Required options come first.</summary>
public sealed record DiscordCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    bool? Autocomplete = null,
    int? MaxLength = null);
