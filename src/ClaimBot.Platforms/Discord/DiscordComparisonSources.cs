using ClaimBot.Core.Answering;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// The "what each source says" embed of a comparison: one field per source (name "Outlet · date · language", value
/// its [N] claims cut to fit), sharing the message's embed budget evenly so every source gets a claim before any
/// source gets a second. Fields go inline (side by side) only when all are short enough to read in a column.
/// </summary>
internal static class DiscordComparisonSources
{
    private const int HeadingChars = 200;
    private const int ClaimChars = 300;
    private const int MinClaimChars = 60;
    private const int MinFieldChars = 80;
    private const int SpeakerChars = 80;
    private const int InlineChars = 200;
    private const int FooterChars = 100;

    /// <summary>The embed within <paramref name="budget"/> characters, how many claims it shows, and whether any was shortened.</summary>
    public static (DiscordEmbed? Embed, int Shown, bool Cut) Build(string topic, ComparisonTable table, ComparisonWords words, int budget)
    {
        if (table.Rows.Count == 0)
        {
            return (null, 0, false);
        }

        var title = DiscordText.Fit(DiscordText.Neutralise(topic.ReplaceLineEndings(" ")), DiscordLimits.EmbedTitle);
        var names = table.Rows.Take(DiscordLimits.EmbedFields)
            .Select(r => DiscordText.Fit(DiscordText.Neutralise(Name(r, words)), HeadingChars))
            .ToList();
        int PerField(int count) =>
            Math.Min(DiscordLimits.FieldValue, (budget - title.Length - FooterChars - names.Take(count).Sum(n => n.Length)) / count);

        // Fewer sources rather than fields too small for one readable claim; the rest is behind "Show all evidence".
        var count = names.Count;
        while (count > 1 && PerField(count) < MinFieldChars)
        {
            count--;
        }

        var room = Math.Max(PerField(count), MinFieldChars);
        var fields = new List<DiscordEmbedField>();
        var shown = 0;
        var cut = false;
        for (var i = 0; i < count; i++)
        {
            fields.Add(new DiscordEmbedField(names[i], Value(table.Rows[i], room, ref shown, ref cut)));
        }

        if (fields.Count > 1 && fields.All(f => f.Value.Length <= InlineChars))
        {
            fields = fields.Select(f => f with { Inline = true }).ToList();
        }

        var footer = shown < table.TotalClaims ? new DiscordEmbedFooter(DiscordText.Fit(words.Showing(shown, table.TotalClaims), FooterChars)) : null;
        return (new DiscordEmbed(title.Length == 0 ? null : title, Fields: fields, Footer: footer), shown, cut);
    }

    private static string Name(ComparisonRow row, ComparisonWords words) =>
        (row.Title is { } title ? row.Heading(words) + " — " + title : row.Heading(words)).ReplaceLineEndings(" ");

    // Claims in ranked order while they fit, listed in [N] order.
    private static string Value(ComparisonRow row, int room, ref int shown, ref bool cut)
    {
        var picked = new List<(int N, string Line)>();
        var used = 0;
        foreach (var claim in row.Ranked)
        {
            var separator = picked.Count == 0 ? 0 : 1;
            var prefix = $"**[{claim.N}]** ";
            var speaker = claim.Speaker is not { } s ? string.Empty
                : " — *" + DiscordText.Fit(DiscordText.Neutralise(s.Role is null ? s.Name : $"{s.Name}, {s.Role}"), SpeakerChars) + "*";
            var left = room - used - separator - prefix.Length - speaker.Length;
            if (left < MinClaimChars)
            {
                if (picked.Count > 0)
                {
                    break;
                }

                speaker = string.Empty;
                left = room - prefix.Length;
            }

            var whole = DiscordText.Neutralise(claim.Text.ReplaceLineEndings(" ").Trim());
            var fitted = DiscordText.Fit(whole, Math.Min(ClaimChars, left));
            var line = prefix + fitted + speaker;
            picked.Add((claim.N, line));
            used += separator + line.Length;
            cut |= fitted.Length != whole.Length;
        }

        shown += picked.Count;
        return string.Join("\n", picked.OrderBy(p => p.N).Select(p => p.Line));
    }
}
