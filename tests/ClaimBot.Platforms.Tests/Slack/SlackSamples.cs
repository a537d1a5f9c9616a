using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>Hand-built engine results, including hostile source text that must stay inert in Slack.</summary>
internal static class SlackSamples
{
    public const string HostileQuote = "Alert <!channel> and <@U123>: Smith & Jones said <https://evil.example|click here>";

    public static SourceRef Source(int i) =>
        new($"src{i}", $"src{i}.txt", $"Title {i} <!here>", "Outlet & Co", "2024-03-01", "en");

    public static Citation Citation(int n, string? quote = null) =>
        new(n, $"src{n}#1", quote ?? $"Quote number {n} from the source.", new Speaker($"Speaker {n}", "Minister"), Source(n));

    public static Answer Answer(int citations, string? quote = null) =>
        new(
            "who was invited?",
            "en",
            string.Join(" ", Enumerable.Range(1, citations).Select(n => $"Sentence {n} <@U999> & more [{n}].")),
            Enumerable.Range(1, citations).Select(n => Citation(n, quote)).ToList(),
            Answered: true);

    public static FactCheck Check(VerdictKind verdict, int evidence) =>
        new(
            "They were invited <!everyone>",
            "en",
            verdict,
            "Speaker 1: 'We have not invited them'",
            "The sources say otherwise [1].",
            Enumerable.Range(1, evidence)
                .Select(n => new Evidence(n, n % 2 == 0 ? Stance.Supports : Stance.Refutes, $"src{n}#1", HostileQuote, new Speaker("Zarif", null), Source(n), "negation"))
                .ToList());

    public static Comparison Comparison(int sources, int claimsPerSource)
    {
        var n = 0;
        var list = Enumerable.Range(1, sources)
            .Select(s => new SourceClaims(
                Source(s),
                Enumerable.Range(1, claimsPerSource)
                    .Select(c => new ComparedClaim(++n, $"src{s}#{c}", $"Claim {c} of source {s} <!channel>", new Speaker("Ann", "Envoy")))
                    .ToList()))
            .ToList();
        return new Comparison(
            "Astana talks",
            "en",
            list,
            [new Agreement(["src1#1", "src2#1"], "same date")],
            [new Contradiction("src1#2", "src2#2", "negation <@U1>")],
            [],
            "Sources agree on the date [1][3] but contradict on the invitation [2][4].");
    }
}
