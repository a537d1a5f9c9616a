using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Holds the <see cref="ClaimIndex"/> of the store's current generation. Each use asks the store for its current
/// generation (one small query) and rebuilds the index only when it changed, once, however many callers wait.
/// </summary>
public sealed class ClaimIndexCache(IClaimStore store) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ClaimIndex _current = ClaimIndex.Empty;

    public async Task<ClaimIndex> GetAsync(CancellationToken cancellationToken)
    {
        var generation = await store.GetCurrentGenerationAsync(cancellationToken);
        var current = _current;
        if (current.Generation == generation)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current.Generation != generation)
            {
                var claims = generation is null ? [] : await store.GetClaimsAsync(null, cancellationToken);
                _current = ClaimIndex.Build(generation, claims);
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
