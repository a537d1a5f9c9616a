using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// The agreements-and-contradictions embed of a comparison: a field per kind under its heading in the comparison's
/// language, a line per group citing every source ("g1: Reuters [1] · DR [5] — the same fact"), and the unique points
/// as the description. It stays small (about 2,300 characters at most) so the sources keep most of the 6,000.
/// </summary>
internal static class DiscordComparisonSummary
{
    private const int FieldChars = 900;
    private const int LineChars = 500;
    private const int UniqueChars = 400;

    public static DiscordEmbed? Build(ComparisonTable table, ComparisonWords words)
    {
        var fields = new List<DiscordEmbedField>();
        var contradictions = table.ContradictionLines();
        AddGroups(fields, words.Agree, table.AgreementLines());
        AddGroups(fields, words.Contradict, contradictions);
        var unique = table.UniqueLines(words);
        var description = unique.Count == 0 ? null : DiscordText.Fit(DiscordText.Neutralise(string.Join(" · ", unique)), UniqueChars);
        if (fields.Count == 0 && description is null)
        {
            return null;
        }

        var color = contradictions.Count > 0 ? DiscordVerdictStyle.Orange : DiscordVerdictStyle.Green;
        return new DiscordEmbed(Description: description, Color: color, Fields: fields);
    }

    private static void AddGroups(List<DiscordEmbedField> fields, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var rendered = lines.Select(l => "• " + DiscordText.Fit(DiscordText.Neutralise(l), LineChars)).ToList();
        fields.Add(new DiscordEmbedField(DiscordText.Fit(heading, DiscordLimits.FieldName), LinePacker.Pack(rendered, FieldChars)));
    }
}
