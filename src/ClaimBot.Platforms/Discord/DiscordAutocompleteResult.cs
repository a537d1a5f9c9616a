namespace ClaimBot.Platforms.Discord;

/// <summary>Autocomplete suggestions: at most 25 choices.</summary>
public sealed record DiscordAutocompleteResult(IReadOnlyList<DiscordAutocompleteChoice> Choices);
