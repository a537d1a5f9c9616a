using ClaimBot.Core.Answering;

namespace ClaimBot.Platforms.Chat;

/// <summary>
/// A comparison arranged as a chat table, shared by the Slack and Discord renderers: a row per source, and one raw
/// (unescaped) line per agreement group, contradiction group and source with unique points, citing claims as
/// "Outlet [N]". Each renderer escapes the lines and fits them to its own limits.
/// </summary>
internal sealed class ComparisonTable
{
    private readonly Comparison _comparison;
    private readonly Dictionary<string, (int Row, int N)> _claims = new(StringComparer.Ordinal);

    private ComparisonTable(Comparison comparison)
    {
        _comparison = comparison;
        var grouped = comparison.Agreements.SelectMany(a => a.ClaimIds)
            .Concat(comparison.Contradictions.SelectMany(c => new[] { c.A, c.B }))
            .ToHashSet(StringComparer.Ordinal);
        var rows = new List<ComparisonRow>();
        foreach (var source in comparison.Sources.Where(s => s.Claims.Count > 0))
        {
            foreach (var claim in source.Claims)
            {
                _claims.TryAdd(claim.ClaimId, (rows.Count, claim.N));
            }

            // Claims an agreement or contradiction cites come first, so the [N]s in those lines are mostly on screen.
            var ranked = source.Claims.OrderBy(c => grouped.Contains(c.ClaimId) ? 0 : 1).ThenBy(c => c.N).ToList();
            rows.Add(new ComparisonRow(source.Source, ranked));
        }

        Rows = rows;
        TotalClaims = rows.Sum(r => r.Ranked.Count);
    }

    public IReadOnlyList<ComparisonRow> Rows { get; }

    public int TotalClaims { get; }

    public static ComparisonTable From(Comparison comparison) => new(comparison);

    /// <summary>How many claims each of the first <paramref name="rows"/> rows may show: round robin, so every source gets one first.</summary>
    public int[] Quotas(int rows, int maxClaims)
    {
        var quotas = new int[Math.Min(rows, Rows.Count)];
        var left = maxClaims;
        var progress = true;
        while (left > 0 && progress)
        {
            progress = false;
            for (var i = 0; i < quotas.Length && left > 0; i++)
            {
                if (quotas[i] < Rows[i].Ranked.Count)
                {
                    quotas[i]++;
                    left--;
                    progress = true;
                }
            }
        }

        return quotas;
    }

    /// <summary>"g1: Reuters [1] · DR [5] — the same fact", a citation from every source of the group.</summary>
    public IReadOnlyList<string> AgreementLines() =>
        _comparison.Agreements.Select(a => Line(a.Group, Cite(a.ClaimIds) + Reason(a.Why))).ToList();

    /// <summary>"g2: Reuters [2] ↔ DR [6] — different numbers", one line per group, its pairs joined.</summary>
    public IReadOnlyList<string> ContradictionLines() =>
        _comparison.Contradictions
            .Select((c, i) => (Contradiction: c, Key: c.Group.Length > 0 ? c.Group : "#" + i))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => Line(
                g.First().Contradiction.Group,
                string.Join("; ", g.GroupBy(x => x.Contradiction.Why, StringComparer.Ordinal)
                    .Select(w => string.Join(", ", w.Select(x => $"{Cite([x.Contradiction.A])} ↔ {Cite([x.Contradiction.B])}")) + Reason(w.Key)))))
            .ToList();

    /// <summary>"Only Reuters says: [3] [4]", one line per source with unique points.</summary>
    public IReadOnlyList<string> UniqueLines(ComparisonWords words) =>
        _comparison.Unique
            .Where(_claims.ContainsKey)
            .GroupBy(id => _claims[id].Row)
            .OrderBy(g => g.Key)
            .Select(g => words.Only(Rows[g.Key].CitationName) + ": " + Numbers(g))
            .ToList();

    private static string Line(string group, string body) => group.Length == 0 ? body : $"{group}: {body}";

    private static string Reason(string why) => string.IsNullOrWhiteSpace(why) ? string.Empty : " — " + why.Trim();

    private string Cite(IEnumerable<string> claimIds) =>
        string.Join(" · ", claimIds.Where(_claims.ContainsKey)
            .GroupBy(id => _claims[id].Row)
            .OrderBy(g => g.Key)
            .Select(g => Rows[g.Key].CitationName + " " + Numbers(g)));

    private string Numbers(IEnumerable<string> claimIds) =>
        string.Join(" ", claimIds.Select(id => _claims[id].N).Distinct().Order().Select(n => $"[{n}]"));
}
