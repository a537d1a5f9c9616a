namespace ClaimBot.Platforms.Discord;

/// <summary>Discord's documented message limits (inclusive); exceeding any returns 400.</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int EmbedTotal = 6000;
    public const int Embeds = 10;
    public const int CustomId = 100;

    /// <summary>The longest message a user can send (4000 with Nitro); the most a message command can be asked to check.</summary>
    public const int ReceivedContent = 4000;
}
