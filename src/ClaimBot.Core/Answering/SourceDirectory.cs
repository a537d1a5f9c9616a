using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Core.Answering;

/// <summary>The current generation's sources by id, cached until the store's generation changes (a reload anywhere).</summary>
public sealed class SourceDirectory(IClaimStore store)
{
    private (long? Generation, IReadOnlyDictionary<string, SourceSummary> Sources)? _cache;

    public async Task<IReadOnlyDictionary<string, SourceSummary>> GetAsync(CancellationToken cancellationToken)
    {
        var generation = await store.GetCurrentGenerationAsync(cancellationToken);
        if (_cache is { } cached && cached.Generation == generation)
        {
            return cached.Sources;
        }

        var sources = (await store.GetSourcesAsync(cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        _cache = (generation, sources);
        return sources;
    }

    public static SourceRef RefFor(IReadOnlyDictionary<string, SourceSummary> sources, Claim claim) =>
        sources.TryGetValue(claim.SourceId, out var source)
            ? SourceRef.From(source)
            : new SourceRef(claim.SourceId, claim.SourceId, null, null, null, claim.Language);
}
