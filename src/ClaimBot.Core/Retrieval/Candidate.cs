namespace ClaimBot.Core.Retrieval;

/// <summary>A claim the index retrieved for a query, with its BM25 scores as a sentence and through its source.</summary>
/// <param name="Claim">Position of the claim in the <see cref="ClaimIndex"/>.</param>
public sealed record Candidate(int Claim, double SentenceScore, double DocumentScore, double Combined);
