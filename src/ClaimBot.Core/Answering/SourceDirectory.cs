using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Core.Answering;

/// <summary>The current generation's sources by id, cached until the store's generation changes (a reload anywhere).</summary>
public sealed class SourceDirectory(IClaimStore store)
{
    // One immutable snapshot, swapped by reference: concurrent questions read it without locks or torn values.
    private Snapshot? _cache;

    public async Task<IReadOnlyDictionary<string, SourceSummary>> GetAsync(CancellationToken cancellationToken)
    {
        var generation = await store.GetCurrentGenerationAsync(cancellationToken);
        if (Volatile.Read(ref _cache) is { } cached && cached.Generation == generation)
        {
            return cached.Sources;
        }

        var sources = (await store.GetSourcesAsync(cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        Volatile.Write(ref _cache, new Snapshot(generation, sources));
        return sources;
    }

    private sealed record Snapshot(long? Generation, IReadOnlyDictionary<string, SourceSummary> Sources);

    public static SourceRef RefFor(IReadOnlyDictionary<string, SourceSummary> sources, Claim claim) =>
        sources.TryGetValue(claim.SourceId, out var source)
            ? SourceRef.From(source)
            : new SourceRef(claim.SourceId, claim.SourceId, null, null, null, claim.Language);
}
