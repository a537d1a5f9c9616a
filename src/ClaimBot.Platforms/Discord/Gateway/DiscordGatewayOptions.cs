namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// Mentions over the Discord Gateway. Section "Discord:Gateway" (the <see cref="DiscordOptions.Gateway"/> property).
/// Needs <c>Discord:BotToken</c> and <c>Discord:ApplicationId</c>; the HTTP interactions endpoint keeps working beside it.
/// </summary>
public sealed class DiscordGatewayOptions
{
    public const string SectionName = "Discord:Gateway";

    /// <summary>Connect to the Gateway and answer messages that mention the bot.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Ask for the privileged MESSAGE_CONTENT intent (enable it in the Developer Portal first). Not needed for messages
    /// that mention the bot; it only lets "@ClaimBot fact-check this" read a replied-to message in a server channel.
    /// </summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>Answers per channel per minute; further mentions in that minute are ignored (and logged).</summary>
    public int ChannelRepliesPerMinute { get; set; } = 6;

    /// <summary>First wait after a failed connect; doubles per failure (with jitter) up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between connect attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(2);
}
