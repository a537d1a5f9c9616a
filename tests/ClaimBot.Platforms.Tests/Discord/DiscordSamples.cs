using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>Hand-built engine results, so rendering is tested without the engine.</summary>
internal static class DiscordSamples
{
    public static SourceRef Source(int i) =>
        new($"src{i}", $"src{i}.txt", $"Talks in Astana, part {i}", "Reuters", "2017-01-1" + (i % 10), i % 2 == 0 ? "en" : "ru");

    public static Answer Answer(int citations = 2, string quoteTail = "", int quoteLength = 0)
    {
        var list = Enumerable.Range(1, citations)
            .Select(n => new Citation(n, $"src{n}#1", Quote(n, quoteTail, quoteLength), new Speaker("Sergey Lavrov", "Foreign Minister"), Source(n)))
            .ToList();
        var text = string.Join(" ", list.Select(c => $"Sentence number {c.N} is supported [{c.N}]."));
        return new Answer("who was invited to Astana?", "en", text, list, true);
    }

    public static FactCheck Check(VerdictKind verdict, int evidence = 2) =>
        new(
            "The US was invited to Astana",
            "en",
            verdict,
            "Zarif: 'We have not invited them'",
            "The sources say the US was not invited [1].",
            Enumerable.Range(1, evidence)
                .Select(n => new Evidence(n, n % 2 == 0 ? Stance.Supports : Stance.Refutes, $"src{n}#1", Quote(n, string.Empty, 0), new Speaker("Javad Zarif", null), Source(n), "negation"))
                .ToList());

    public static Comparison Comparison() =>
        new(
            "Astana talks",
            "en",
            [
                new SourceClaims(Source(1), [new ComparedClaim(1, "src1#1", "Russia invited the US to Astana.", null), new ComparedClaim(2, "src1#2", "Talks begin on 23 January.", null)]),
                new SourceClaims(Source(2), [new ComparedClaim(3, "src2#1", "Iran has not invited the US.", new Speaker("Javad Zarif", null))]),
            ],
            [new Agreement(["src1#2", "src2#1"], "same date")],
            [new Contradiction("src1#1", "src2#1", "negation")],
            ["src1#2"],
            "Sources disagree on the invitation [1][3].");

    private static string Quote(int n, string tail, int length)
    {
        var quote = $"Quote {n}: Russia invited the new US administration to the talks.{tail}";
        while (quote.Length < length)
        {
            quote += " The delegation said more about the ceasefire in Syria.";
        }

        return quote;
    }
}
