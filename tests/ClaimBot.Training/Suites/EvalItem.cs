namespace ClaimBot.Training.Suites;

/// <summary>One item of an eval file (the format of ../shared/eval, read the way run_eval.py reads it).</summary>
public sealed record EvalItem(
    string Id,
    string Kind,
    string Text,
    IReadOnlyList<IReadOnlyList<string>> Mention,
    IReadOnlyList<string> AnswerAny,
    IReadOnlyList<string> Cite,
    IReadOnlyList<IReadOnlyList<string>> CiteAny,
    string? Verdict,
    bool Binary,
    bool Abstain)
{
    /// <summary>The sources an item names, for splitting by source (an item about a source trains or tests with it).</summary>
    public string SplitKey => Cite.Concat(CiteAny.SelectMany(g => g)).Order(StringComparer.Ordinal).FirstOrDefault() ?? Id;
}
