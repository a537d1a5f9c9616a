namespace ClaimBot.Core.Judging;

/// <summary>Everything the judge worked out about one (query, claim) pair: the features and the alignments behind them.</summary>
/// <param name="OpposedConcept">The query concept met by its opposite in the claim, or -1.</param>
/// <param name="ClaimActor">The claim's actor as the judge read it (an entity id or a name key), or null.</param>
public sealed record PairAnalysis(
    AnalyzedClaim Claim,
    EvidenceFeatures Features,
    IReadOnlyList<ConceptAlignment> Alignments,
    int OpposedConcept,
    string? ClaimActor,
    string? QueryActor)
{
    /// <summary>
    /// For a query that names a speaker ("What did Pope Francis say …?"): whether the claim or its context names that
    /// speaker at all. True when the query names none.
    /// </summary>
    public bool MentionsSpeaker { get; init; } = true;

    /// <summary>How many of the query's content-word concepts (not names, numbers or dates) the sentence itself expresses.</summary>
    public int SharedWords { get; init; }
}
