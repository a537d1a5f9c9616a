namespace ClaimBot.Platforms.Discord;

/// <summary>ClaimBot's command set, as registered by <see cref="DiscordCommandRegistrar"/>.</summary>
public static class DiscordCommandCatalog
{
    private const int Text = 3;
    private const int Boolean = 5;
    /// <summary>The max_length registered for every text option; Discord enforces it, so longer text is not from Discord's client.</summary>
    public const int MaxInput = 500;

    private static readonly DiscordCommandOption Private =
        new(Boolean, "private", "Show the reply only to you", Required: false);

    public static IReadOnlyList<DiscordApplicationCommand> Commands { get; } =
    [
        new("ask", 1, "Ask a question; ClaimBot answers from its sources with numbered citations",
            [new(Text, "question", "Your question", Required: true, MaxLength: MaxInput), Private]),
        new("factcheck", 1, "Check a statement against the sources: supported, refuted, or not enough info",
            [new(Text, "statement", "The statement to check", Required: true, MaxLength: MaxInput), Private]),
        new("compare", 1, "Compare what different sources say about a topic",
            [new(Text, "topic", "The topic to compare", Required: true, Autocomplete: true, MaxLength: MaxInput), Private]),
        new("sources", 1, "List the documents ClaimBot answers from"),
        new("reload", 1, "Re-read the sources folder (admins only)", DefaultMemberPermissions: "0"),
        new(DiscordCommandHandler.MessageCommandName, 3),
    ];
}
