namespace ClaimBot.Platforms.Discord;

/// <summary>A rich embed; see <see cref="DiscordLimits"/> for the sizes Discord accepts.</summary>
public sealed record DiscordEmbed(
    string? Title = null,
    string? Description = null,
    int? Color = null,
    IReadOnlyList<DiscordEmbedField>? Fields = null,
    DiscordEmbedFooter? Footer = null);
