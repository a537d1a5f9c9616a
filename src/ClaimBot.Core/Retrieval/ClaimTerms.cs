using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Retrieval;

/// <summary>A claim's search terms (<see cref="Claim.Terms"/>) as a set, the one way every scorer and check reads them.</summary>
public static class ClaimTerms
{
    public static HashSet<string> Of(Claim claim) =>
        claim.Terms.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
