namespace ClaimBot.Training.Learning;

/// <summary>Where the suites, stores and model are, and which suites to use.</summary>
public sealed record LearnArguments(string EvalDir, string SeedsDir, string StoreDir, string ModelPath, string OutPath, string? SplitsDir, string? DumpPath, int Limit, IReadOnlySet<string> Suites)
{
    public static LearnArguments Parse(IReadOnlyList<string> args)
    {
        string Value(string name, string fallback)
        {
            var at = args.ToList().IndexOf(name);
            return at >= 0 && at + 1 < args.Count ? args[at + 1] : fallback;
        }

        var model = Value("--model", "src/ClaimBot.Core/Judging/engine-model.json");
        var splits = Value("--splits", "");
        var suites = Value("--suites", "");
        return new LearnArguments(
            Value("--eval", "../shared/eval"),
            Value("--seeds", "seeds"),
            Value("--store", Path.Combine(Path.GetTempPath(), "claimbot-training")),
            model,
            Value("--out", model),
            splits.Length == 0 ? null : splits,
            Value("--dump", "") is { Length: > 0 } dump ? dump : null,
            int.Parse(Value("--limit", "100000"), System.Globalization.CultureInfo.InvariantCulture),
            suites.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
    }
}
