using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>
/// The real store behind a pass-through decorator that, once <see cref="Hold"/> is set, stops each commit just before it
/// writes until the test opens <see cref="CommitGate"/>: a reload then reliably overlaps the questions a test asks.
/// </summary>
internal sealed class HeldCommitStore(IClaimStore inner) : IClaimStore
{
    private volatile bool _hold;

    /// <summary>From now on, commits wait for <see cref="CommitGate"/> (start-up's own load is left alone).</summary>
    public bool Hold
    {
        get => _hold;
        set => _hold = value;
    }

    /// <summary>Released when a held commit is waiting.</summary>
    public SemaphoreSlim CommitReached { get; } = new(0);

    public SemaphoreSlim CommitGate { get; } = new(0);

    public async Task<long> CommitGenerationAsync(GenerationChange change, CancellationToken cancellationToken)
    {
        if (Hold)
        {
            CommitReached.Release();
            await CommitGate.WaitAsync(cancellationToken);
        }

        return await inner.CommitGenerationAsync(change, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken) => inner.GetCurrentGenerationAsync(cancellationToken);

    public Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken) => inner.GetSourcesAsync(cancellationToken);

    public Task<SourceDocument?> GetSourceAsync(string sourceId, CancellationToken cancellationToken) => inner.GetSourceAsync(sourceId, cancellationToken);

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string? sourceId, CancellationToken cancellationToken) => inner.GetClaimsAsync(sourceId, cancellationToken);

    public Task<IReadOnlyList<Claim>> GetClaimsByIdAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) =>
        inner.GetClaimsByIdAsync(claimIds, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyCollection<string> terms, int limit, CancellationToken cancellationToken) =>
        inner.SearchAsync(terms, limit, cancellationToken);

    public Task<IAsyncDisposable> AcquireReloadLockAsync(CancellationToken cancellationToken) => inner.AcquireReloadLockAsync(cancellationToken);

    public Task<bool> IsAvailableAsync(CancellationToken cancellationToken) => inner.IsAvailableAsync(cancellationToken);

    public Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken) => inner.AddReloadAuditAsync(audit, cancellationToken);

    public Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken) => inner.GetReloadAuditsAsync(limit, cancellationToken);

    public Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.SaveReplyStateAsync(key, json, expiresAt, cancellationToken);

    public Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken) => inner.GetReplyStateAsync(key, cancellationToken);
}
