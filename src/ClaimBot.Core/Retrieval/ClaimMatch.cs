using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Retrieval;

/// <summary>A candidate claim scored against a query.</summary>
/// <param name="Coverage">Weighted share of the query's concepts the claim expresses (0..1).</param>
/// <param name="SpecificCoverage">Share of the query's specific concepts (entities, names, dates, numbers) the claim shares.</param>
/// <param name="Matched">Surfaces of the matched concepts.</param>
/// <param name="Opposed">Surfaces of concepts the claim expresses with an antonym.</param>
public sealed record ClaimMatch(
    Claim Claim,
    double Coverage,
    double SpecificCoverage,
    int SpecificMissing,
    IReadOnlyList<string> Matched,
    IReadOnlyList<string> Opposed,
    double Rank)
{
    /// <summary>The claim's own terms, split once when it was scored.</summary>
    public IReadOnlySet<string> Terms { get; init; } = new HashSet<string>();

    /// <summary>Terms of the sentence before the claim in its source ("They also back …" refers back to it).</summary>
    public IReadOnlySet<string> Context { get; init; } = new HashSet<string>();

    /// <summary>The combined score used to order candidates.</summary>
    public double Score { get; init; } = Coverage;
}
