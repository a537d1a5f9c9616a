namespace ClaimBot.Core.Claims;

/// <summary>A full-text hit: the claim id and the store's relevance rank (higher is better).</summary>
public sealed record SearchHit(string ClaimId, double Rank);
