namespace ClaimBot.Platforms.Discord;

/// <summary>The ephemeral "Show all evidence" reply: every stored item, split over several messages when one cannot hold them.</summary>
internal static class DiscordEvidenceView
{
    private const int MaxPages = 5;

    public static IReadOnlyList<DiscordMessage> Pages(DiscordEvidenceState state)
    {
        var pages = new List<DiscordMessage>();
        var rest = state.Items;
        while (rest.Count > 0 && pages.Count < MaxPages)
        {
            var embeds = new List<DiscordEmbed>();
            var budget = DiscordLimits.EmbedTotal;
            var placed = DiscordEvidenceLayout.Place(rest, embeds, state.Color, ref budget);
            if (placed == 0)
            {
                break;
            }

            rest = rest.Skip(placed).ToList();
            var header = pages.Count == 0 ? DiscordText.Fit(DiscordText.Neutralise(state.Title), 200) : "(continued)";
            pages.Add(new DiscordMessage(header, embeds, [], DiscordMessage.EphemeralFlag));
        }

        if (rest.Count > 0 && pages.Count > 0)
        {
            var last = pages[^1];
            pages[^1] = last with { Content = last.Content + $"\n{rest.Count} more items are not shown." };
        }

        return pages;
    }
}
