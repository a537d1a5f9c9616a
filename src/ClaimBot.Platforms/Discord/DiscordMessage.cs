namespace ClaimBot.Platforms.Discord;

/// <summary>A message body for an interaction response, an edit of the original, or a follow-up.</summary>
/// <param name="Flags">64 (EPHEMERAL) for a reply only the user sees.</param>
public sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<DiscordEmbed>? Embeds = null,
    IReadOnlyList<DiscordComponent>? Components = null,
    int? Flags = null)
{
    public const int EphemeralFlag = 1 << 6;

    /// <summary>Always sent, on every response, edit and follow-up, because edits otherwise re-parse mentions with defaults.</summary>
    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.None;

    /// <summary>A plain text message (embeds and buttons cleared), ephemeral when asked.</summary>
    public static DiscordMessage Text(string content, bool ephemeral) =>
        new(DiscordText.Fit(DiscordText.Neutralise(content), DiscordLimits.Content), [], [], ephemeral ? EphemeralFlag : null);

    /// <summary>The same message, ephemeral or not.</summary>
    public DiscordMessage WithEphemeral(bool ephemeral) => this with { Flags = ephemeral ? EphemeralFlag : null };
}
