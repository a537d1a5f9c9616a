namespace ClaimBot.Platforms.Discord;

/// <summary>A legacy message component: an action row (type 1) holding buttons (type 2).</summary>
public sealed record DiscordComponent(
    int Type,
    IReadOnlyList<DiscordComponent>? Components = null,
    int? Style = null,
    string? Label = null,
    string? CustomId = null)
{
    /// <summary>A row with one secondary button.</summary>
    public static DiscordComponent ButtonRow(string label, string customId) =>
        new(1, [new DiscordComponent(2, Style: 2, Label: label, CustomId: customId)]);
}
