namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Gateway intents ClaimBot asks for: the fewest that deliver messages mentioning the bot.</summary>
public static class DiscordIntents
{
    /// <summary>MESSAGE_CREATE in servers.</summary>
    public const int GuildMessages = 1 << 9;

    /// <summary>MESSAGE_CREATE in DMs.</summary>
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: content of messages that neither mention the bot nor are DMs.</summary>
    public const int MessageContent = 1 << 15;

    public static int For(DiscordGatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return GuildMessages | DirectMessages | (options.MessageContentIntent ? MessageContent : 0);
    }
}
