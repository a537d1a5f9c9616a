namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Lays evidence out as embeds (one per source, a field per quote) within Discord's embed limits. Whole items are
/// dropped from the end when they do not fit, never cut; only a single over-long quote is shortened at a boundary.
/// </summary>
internal static class DiscordEvidenceLayout
{
    private const int QuoteRoom = 900;

    /// <summary>Adds as many items as fit to <paramref name="embeds"/>; returns how many were placed.</summary>
    public static int Place(IReadOnlyList<DiscordEvidenceItem> items, List<DiscordEmbed> embeds, int? color, ref int budget)
    {
        var placed = 0;
        foreach (var group in items.GroupBy(i => (i.Source, i.SourceDetail)))
        {
            var title = DiscordText.Fit(DiscordText.Neutralise(group.Key.Source), DiscordLimits.EmbedTitle);
            var detail = group.Key.SourceDetail is null ? null : DiscordText.Fit(DiscordText.Neutralise(group.Key.SourceDetail), 512);
            List<DiscordEmbedField>? fields = null;
            foreach (var item in group)
            {
                var field = ToField(item);
                var cost = field.Name.Length + field.Value.Length;
                if (fields is null || fields.Count == DiscordLimits.EmbedFields)
                {
                    cost += title.Length + (detail?.Length ?? 0);
                    if (embeds.Count == DiscordLimits.Embeds || cost > budget)
                    {
                        return placed;
                    }

                    fields = [];
                    embeds.Add(new DiscordEmbed(title, detail, color, fields));
                }
                else if (cost > budget)
                {
                    return placed;
                }

                fields.Add(field);
                budget -= cost;
                placed++;
            }
        }

        return placed;
    }

    /// <summary>The field for one item: "[N] Speaker" over the quoted sentence and an optional note.</summary>
    public static DiscordEmbedField ToField(DiscordEvidenceItem item)
    {
        var name = item.Speaker is null ? $"[{item.N}]" : $"[{item.N}] {item.Speaker}";
        var note = item.Note is null ? string.Empty : "\n*" + DiscordText.Fit(DiscordText.Neutralise(item.Note), 100) + "*";
        var quote = DiscordText.Fit(DiscordText.Neutralise(item.Quote.ReplaceLineEndings(" ")), QuoteRoom);
        return new DiscordEmbedField(DiscordText.Fit(DiscordText.Neutralise(name), DiscordLimits.FieldName), "> " + quote + note);
    }
}
