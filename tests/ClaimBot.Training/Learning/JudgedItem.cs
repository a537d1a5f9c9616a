using ClaimBot.Core.Judging;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Learning;

/// <summary>An eval item with the engine's judged candidates and, per candidate, the training labels (null: left out of that model).</summary>
/// <param name="OutOfScope">A question from another suite's topic, asked here: the engine should abstain.</param>
public sealed record JudgedItem(
    string Suite,
    EvalItem Item,
    bool Train,
    bool OutOfScope,
    IReadOnlyList<Judgement> Judgements,
    IReadOnlyList<string> Prefixes,
    IReadOnlyList<bool?> Relevant,
    IReadOnlyList<bool?> Supports,
    IReadOnlyList<bool?> Refutes)
{
    /// <summary>A statement made from a supported one by swapping a number or a name: trains the stance models only.</summary>
    public bool Augmented { get; init; }

    /// <summary>The language the engine read the item's text in.</summary>
    public string Language { get; init; } = "und";
}
