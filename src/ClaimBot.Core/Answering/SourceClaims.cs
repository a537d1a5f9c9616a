namespace ClaimBot.Core.Answering;

/// <summary>What one source says about a compared topic.</summary>
public sealed record SourceClaims(SourceRef Source, IReadOnlyList<ComparedClaim> Claims);
