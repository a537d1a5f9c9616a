namespace ClaimBot.Core.Judging;

/// <summary>The operating points, chosen by the training command on the train halves (see engine-model.json).</summary>
public sealed record JudgeThresholds
{
    /// <summary>A question is answered only when P(answerable), read on its best claim, is at least this.</summary>
    public double Answer { get; init; } = 0.3;

    /// <summary>Further claims are cited when at least this relevant.</summary>
    public double Cite { get; init; } = 0.2;

    /// <summary>A claim supports a statement at this probability or more.</summary>
    public double Supports { get; init; } = 0.6;

    /// <summary>A claim refutes a statement at this probability or more.</summary>
    public double Refutes { get; init; } = 0.6;

    /// <summary>A claim is evidence worth showing (for not enough info, or the other side) at this relevance.</summary>
    public double Evidence { get; init; } = 0.3;

    /// <summary>A source takes part in a comparison when its document BM25 is at least this share of the best source's.</summary>
    public double TopicDocument { get; init; } = 0.3;

    /// <summary>Within a compared source, further claims are shown when their sentence BM25 is at least this share of that source's best sentence's.</summary>
    public double Topic { get; init; } = 0.3;

    /// <summary>Two claims state the same fact when each supports the other at this probability (compare).</summary>
    public double SameFact { get; init; } = 0.5;

    /// <summary>
    /// A claim states the statement's predicate when it expresses at least this share of its content words (by IDF):
    /// with one conflict (another number, date, actor, a negation) it is then the same fact told differently (compare).
    /// A word-coverage share, not a probability; chosen by the training command on the train checks' conflicting pairs.
    /// </summary>
    public double SamePredicate { get; init; } = 0.5;
}
