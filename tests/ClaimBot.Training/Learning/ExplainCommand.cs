using System.Globalization;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Learning;

/// <summary><c>explain SUITE|FOLDER KIND TEXT</c>: how the engine reads a query over a suite's sources and judges its best candidates (for developers).</summary>
public static class ExplainCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var learn = LearnArguments.Parse(args);
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        var suite = Directory.Exists(positional[0])
            ? new Suite(Path.GetFileName(Path.GetFullPath(positional[0]).TrimEnd('/')), "", positional[0])
            : Suite.All(learn.EvalDir, learn.SeedsDir).Single(s => s.Name == positional[0]);
        var kind = positional[1] switch { "ask" => QueryKind.Question, "compare" => QueryKind.Topic, _ => QueryKind.Statement };
        await using var workspace = await SuiteWorkspace.OpenAsync(suite, learn.StoreDir, learn.ModelPath, cancellationToken);
        var set = await workspace.Search.SearchAsync(positional[2], kind, cancellationToken);
        var q = set.Query;
        Console.WriteLine($"language {q.Language}, type {q.Type}, expected {q.Expected}, negated {q.Negated}, speaker {q.Speaker}");
        Console.WriteLine("  words: " + string.Join(" ", q.Words.Select(w => $"{w.Token.Text}/{w.Stem}/{w.Kind}{(w.Parts.Count > 0 ? "[" + string.Join("+", w.Parts) + "]" : "")}")));
        for (var k = 0; k < q.Concepts.Count; k++)
        {
            var c = q.Concepts[k];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{k}] {c.Kind} '{c.Surface}' idf {set.Retrieval.ConceptIdf[k]:0.00}: {string.Join(", ", c.Terms.Take(14).Select(t => $"{t.Term}({t.Weight:0.00} {t.Kind})"))}"));
        }

        var grep = args.ToList().IndexOf("--grep") is var g and >= 0 ? args[g + 1] : null;
        var ranked = set.Judgements.OrderByDescending(j => kind == QueryKind.Statement ? Math.Max(j.Supports, j.Refutes) : j.Relevance).ToList();
        var shown = ranked.Where(j => grep is null || j.Claim.Text.Contains(grep, StringComparison.OrdinalIgnoreCase)).Take(6);
        Console.WriteLine($"{set.Judgements.Count} candidates");
        foreach (var j in shown)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- #{ranked.IndexOf(j) + 1} rel {j.Relevance:0.00} ans {workspace.Model.Answerable.Probability(j.Analysis.Features):0.00} sup {j.Supports:0.00} ref {j.Refutes:0.00} {j.Reason} | {workspace.SourceFiles.GetValueOrDefault(j.Claim.SourceId)}: {j.Claim.Text}"));
            var f = j.Analysis.Features;
            Console.WriteLine("    " + string.Join(" ", Enum.GetValues<Feature>().Where(x => f[x] != 0).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x}={f[x]:0.00}"))));
            Console.WriteLine("    " + string.Join("; ", j.Analysis.Alignments.Select(a => $"{q.Concepts[a.Concept].Surface}->{(a.ClaimWord >= 0 ? j.Analysis.Claim.Words[a.ClaimWord].Token.Text : "-")} {a.Match.Kind} {a.Place}")));
        }

        return 0;
    }
}
