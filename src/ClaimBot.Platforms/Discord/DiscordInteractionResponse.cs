namespace ClaimBot.Platforms.Discord;

/// <summary>The JSON written back on the interaction POST.</summary>
/// <param name="Type">1 PONG, 4 message, 5 deferred message, 8 autocomplete result.</param>
/// <param name="Data">A <see cref="DiscordMessage"/>, <see cref="DiscordAutocompleteResult"/>, or null.</param>
public sealed record DiscordInteractionResponse(int Type, object? Data = null)
{
    public static DiscordInteractionResponse Pong { get; } = new(1);

    public static DiscordInteractionResponse Message(DiscordMessage message) => new(4, message);

    /// <summary>A "thinking…" acknowledgement; the only valid flag is EPHEMERAL, and allowed_mentions is still sent.</summary>
    public static DiscordInteractionResponse Deferred(bool ephemeral) =>
        new(5, new DiscordMessage(null, Flags: ephemeral ? DiscordMessage.EphemeralFlag : null));

    public static DiscordInteractionResponse Choices(IReadOnlyList<DiscordAutocompleteChoice> choices) =>
        new(8, new DiscordAutocompleteResult(choices));
}
