using System.Text;
using ClaimBot.Core.Answering;

namespace ClaimBot.Platforms.Discord;

/// <summary>The "agreements and contradictions" embed of a comparison, with claims named by their [N] numbers.</summary>
internal static class DiscordComparisonSummary
{
    private const int MaxChars = 2000;
    private const int MaxFields = 10;

    public static DiscordEmbed? Build(Comparison comparison)
    {
        var numbers = comparison.Sources.SelectMany(s => s.Claims).GroupBy(c => c.ClaimId).ToDictionary(g => g.Key, g => g.First().N, StringComparer.Ordinal);
        string Ref(string id) => numbers.TryGetValue(id, out var n) ? $"[{n}]" : id;

        var candidates = comparison.Agreements
            .Select(a => new DiscordEmbedField("Agree: " + string.Join(" ", a.ClaimIds.Select(Ref)), a.Why))
            .Concat(comparison.Contradictions.Select(c => new DiscordEmbedField($"Contradict: {Ref(c.A)} vs {Ref(c.B)}", c.Why)));
        var fields = new List<DiscordEmbedField>();
        var used = 0;
        var left = 0;
        foreach (var candidate in candidates)
        {
            var field = new DiscordEmbedField(
                DiscordText.Fit(DiscordText.Neutralise(candidate.Name), DiscordLimits.FieldName),
                DiscordText.Fit(DiscordText.Neutralise(candidate.Value.Length == 0 ? "-" : candidate.Value), 300));
            if (fields.Count == MaxFields || used + field.Name.Length + field.Value.Length > MaxChars)
            {
                left++;
                continue;
            }

            fields.Add(field);
            used += field.Name.Length + field.Value.Length;
        }

        var description = new StringBuilder();
        description.Append(comparison.Sources.Count).Append(comparison.Sources.Count == 1 ? " source" : " sources");
        if (comparison.Unique.Count > 0)
        {
            description.Append(" · only one source says: ").AppendJoin(" ", comparison.Unique.Select(Ref).Take(20));
        }

        if (left > 0)
        {
            description.Append(" · ").Append(left).Append(" more agreements or contradictions not shown");
        }

        if (fields.Count == 0 && comparison.Unique.Count == 0 && comparison.Sources.Count == 0)
        {
            return null;
        }

        return new DiscordEmbed("Agreements and contradictions", DiscordText.Fit(description.ToString(), 600), Fields: fields);
    }
}
