namespace ClaimBot.Training.Suites;

/// <summary>A development suite of ../shared/eval: its eval file and sources folder.</summary>
public sealed record Suite(string Name, string EvalPath, string SourcesPath)
{
    public static IReadOnlyList<Suite> All(string evalDir, string seedsDir) =>
    [
        new("seeds", Path.Combine(evalDir, "dev-set.json"), seedsDir),
        new("dev-corpus", Path.Combine(evalDir, "dev-corpus-eval.json"), Path.Combine(evalDir, "dev-corpus")),
        .. new[] { "xquad-en-en", "xquad-de-de", "xquad-en-de", "norquad", "squad-sv", "rte-dev", "climate-fever", "swenli" }
            .Select(n => new Suite(n, Path.Combine(evalDir, "public", n, "eval.json"), Path.Combine(evalDir, "public", n, "sources"))),
    ];
}
