using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;

namespace ClaimBot.Platforms.Tests.Chat;

/// <summary>Comparison records built by hand, so the renderers are tested without the engine.</summary>
internal static class ComparisonSamples
{
    public const string Hostile = "Hey @everyone and @here, <@123> <@!77> <@&456> <!channel> said so";

    /// <summary>
    /// A Danish comparison of three outlets in three languages: all three state the same fact (g1, [1] [3] [5]), DR
    /// and Reuters give different numbers (g2, [2] ↔ [4]), and only NRK says [6].
    /// </summary>
    public static Comparison Danish() =>
        new(
            "våbenhvilen",
            "da",
            [
                Source("dr", "DR", "Våbenhvile i Syrien", "da", ("dr#1", "Rusland, Tyrkiet og Iran vil støtte en våbenhvile."), ("dr#2", "Mindst 30 mennesker blev dræbt.")),
                Source("reuters", "Reuters", "Ceasefire talks", "en", ("reuters#1", "Russia, Turkey and Iran will support a ceasefire."), ("reuters#2", "At least 50 people were killed.")),
                Source("nrk", "NRK", "Våpenhvile i Syria", "nb", ("nrk#1", "Russland, Tyrkia og Iran vil støtte en våpenhvile."), ("nrk#2", "Samtalene begynner 23. januar.")),
            ],
            [new Agreement(["dr#1", "reuters#1", "nrk#1"], TestLexicons.Template("da", "reasonEntailsShort")) { Group = "g1" }],
            [new Contradiction("dr#2", "reuters#2", TestLexicons.Template("da", "reasonNumberShort")) { Group = "g2", Reason = ReasonCode.DifferentNumber }],
            ["nrk#2"],
            "DR skriver, at Rusland, Tyrkiet og Iran vil støtte en våbenhvile [1]. Kilderne er enige [1][3][5].");

    /// <summary>
    /// <paramref name="sources"/> outlets with <paramref name="claims"/> claims of about <paramref name="length"/>
    /// characters each: claim 1 of every source is one agreement group (g1), claim 2 of each source contradicts the
    /// next source's (g2…), the last claim of each is unique.
    /// </summary>
    public static Comparison Large(int sources, int claims, int length, string tail = "")
    {
        var n = 0;
        var list = Enumerable.Range(1, sources)
            .Select(s => new SourceClaims(
                new SourceRef($"s{s}", $"s{s}.txt", $"Article {s} about the ceasefire{tail}", $"Outlet {s}{tail}", "2017-01-10", s % 2 == 0 ? "da" : "en"),
                Enumerable.Range(1, claims)
                    .Select(c => new ComparedClaim(++n, $"s{s}#{c}", LongText(s, c, length) + tail, new Speaker($"Speaker {s}{tail}", "Envoy")))
                    .ToList()))
            .ToList();
        var contradictions = Enumerable.Range(1, sources - 1)
            .Select(s => new Contradiction($"s{s}#2", $"s{s + 1}#2", "different numbers" + tail) { Group = "g" + (s + 1), Reason = ReasonCode.DifferentNumber })
            .ToList();
        return new Comparison(
            "the ceasefire" + tail,
            "en",
            list,
            [new Agreement(Enumerable.Range(1, sources).Select(s => $"s{s}#1").ToList(), "the same fact" + tail) { Group = "g1" }],
            contradictions,
            Enumerable.Range(1, sources).Select(s => $"s{s}#{claims}").ToList(),
            string.Join(" ", list.Select(s => $"{s.Source.Outlet} says something [{s.Claims[0].N}].")) + tail);
    }

    /// <summary>The [N] of claim <paramref name="claim"/> (1-based) of source <paramref name="source"/> in <see cref="Large"/>.</summary>
    public static int NumberIn(Comparison comparison, int source, int claim) => comparison.Sources[source - 1].Claims[claim - 1].N;

    private static SourceClaims Source(string id, string outlet, string title, string language, params (string Id, string Text)[] claims) =>
        new(
            new SourceRef(id, id + ".txt", title, outlet, "2017-01-10", language),
            claims.Select((c, i) => new ComparedClaim(Number(id) + i, c.Id, c.Text, null)).ToList());

    private static int Number(string id) => id switch
    {
        "dr" => 1,
        "reuters" => 3,
        _ => 5,
    };

    private static string LongText(int source, int claim, int length)
    {
        var text = $"Claim {claim} of source {source}: the delegations met in Astana.";
        while (text.Length < length)
        {
            text += " They talked at length about the ceasefire and the next round of talks.";
        }

        return text;
    }
}
