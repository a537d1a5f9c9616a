// Shared by both stores: compiled into ClaimBot.Store.Postgres as a linked file (see its .csproj).
using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Shared;

/// <summary>Argument checks for a commit that keep a generation's claim ids unique.</summary>
internal static class GenerationChangeCheck
{
    /// <summary>Ids of the written sources; a source written twice in one change is an error.</summary>
    public static HashSet<string> WrittenSourceIds(GenerationChange change)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in change.Write)
        {
            if (!written.Add(source.Document.Id))
            {
                throw new ArgumentException($"Source '{source.Document.Id}' is written twice in one generation.", nameof(change));
            }
        }

        return written;
    }

    /// <summary>A claim must belong to the source it is written with and have an id unique within it.</summary>
    public static void CheckClaim(string sourceId, Claim claim, HashSet<string> seenClaimIds)
    {
        if (!string.Equals(claim.SourceId, sourceId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Claim '{claim.Id}' names source '{claim.SourceId}' but is written with source '{sourceId}'.", nameof(claim));
        }

        if (!seenClaimIds.Add(claim.Id))
        {
            throw new ArgumentException($"Claim id '{claim.Id}' occurs twice in source '{sourceId}'.", nameof(claim));
        }
    }
}
