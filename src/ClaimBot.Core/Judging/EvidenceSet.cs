using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>A query, what retrieval found for it, and the judge's record for each candidate (in retrieval order).</summary>
public sealed record EvidenceSet(AnalyzedQuery Query, RetrievalResult Retrieval, IReadOnlyList<Judgement> Judgements, ClaimIndex Index);
