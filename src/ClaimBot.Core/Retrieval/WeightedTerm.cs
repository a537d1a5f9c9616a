namespace ClaimBot.Core.Retrieval;

/// <summary>An index term that expresses a query concept, with how fully it does (1 = exactly) and why.</summary>
public readonly record struct WeightedTerm(string Term, double Weight, MatchKind Kind);
