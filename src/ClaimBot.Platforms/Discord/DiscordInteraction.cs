namespace ClaimBot.Platforms.Discord;

/// <summary>The fields of an incoming interaction that ClaimBot uses, parsed defensively from the raw payload.</summary>
/// <param name="Type">1 PING, 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT, 4 AUTOCOMPLETE, 5 MODAL_SUBMIT.</param>
/// <param name="Token">The continuation token for edits and follow-ups: a credential, never logged.</param>
/// <param name="CommandType">1 CHAT_INPUT, 2 USER, 3 MESSAGE; 0 when not a command.</param>
/// <param name="Options">Leaf option values by name (sub-commands walked), booleans as "true"/"false".</param>
/// <param name="FocusedOption">For autocomplete: the option being typed.</param>
/// <param name="TargetMessageContent">For message commands: the resolved target message's text.</param>
public sealed record DiscordInteraction(
    string Id,
    int Type,
    string Token,
    string? ApplicationId,
    string? GuildId,
    string? ChannelId,
    string? UserId,
    IReadOnlyList<string> RoleIds,
    string? CommandName,
    int CommandType,
    IReadOnlyDictionary<string, string> Options,
    string? FocusedOption,
    string? TargetId,
    string? TargetMessageContent,
    string? CustomId)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;

    /// <summary>When the endpoint received it; starts the token's 15-minute window for edits and follow-ups.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>The target of this interaction's edits and follow-ups.</summary>
    public DiscordWebhook Webhook => new(Id, Token, ReceivedAt);

    /// <summary>True when the boolean option <paramref name="name"/> was given as true.</summary>
    public bool Flag(string name) =>
        Options.TryGetValue(name, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The option's text, or empty.</summary>
    public string Text(string name) => Options.TryGetValue(name, out var value) ? value : string.Empty;
}
