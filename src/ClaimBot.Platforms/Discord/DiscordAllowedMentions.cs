namespace ClaimBot.Platforms.Discord;

/// <summary>Which mentions may ping. ClaimBot always sends <see cref="None"/>: quoted sources must never ping anyone.</summary>
public sealed record DiscordAllowedMentions(IReadOnlyList<string> Parse)
{
    public static DiscordAllowedMentions None { get; } = new([]);
}
