using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>
/// A pass-through decorator over the real store that lets a test hold a reload at its start (the reload lock) or just
/// before its commit, count runs and commits, and rewrite a commit (e.g. to make it fail part-way).
/// </summary>
internal sealed class ObservedClaimStore(IClaimStore inner) : IClaimStore
{
    private int _lockCalls;
    private int _commitCalls;

    /// <summary>Released once each time a reload takes the reload lock (a run starts).</summary>
    public SemaphoreSlim RunStarted { get; } = new(0);

    /// <summary>When set, a run waits here after it started and before it reads anything.</summary>
    public SemaphoreSlim? StartGate { get; set; }

    /// <summary>Released once each time a commit is about to be written.</summary>
    public SemaphoreSlim CommitReached { get; } = new(0);

    /// <summary>When set, a commit waits here before it writes.</summary>
    public SemaphoreSlim? CommitGate { get; set; }

    /// <summary>Rewrites a commit before the real store sees it; may return a token the commit then runs under.</summary>
    public Func<GenerationChange, (GenerationChange Change, CancellationToken Token)>? CommitRewrite { get; set; }

    public int Runs => Volatile.Read(ref _lockCalls);

    public int Commits => Volatile.Read(ref _commitCalls);

    public async Task<IAsyncDisposable> AcquireReloadLockAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lockCalls);
        RunStarted.Release();
        if (StartGate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        return await inner.AcquireReloadLockAsync(cancellationToken);
    }

    public async Task<long> CommitGenerationAsync(GenerationChange change, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _commitCalls);
        CommitReached.Release();
        if (CommitGate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        var (rewritten, token) = CommitRewrite?.Invoke(change) ?? (change, cancellationToken);
        return await inner.CommitGenerationAsync(rewritten, token);
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

    public Task<bool> IsAvailableAsync(CancellationToken cancellationToken) => inner.IsAvailableAsync(cancellationToken);

    public Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken) => inner.AddReloadAuditAsync(audit, cancellationToken);

    public Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken) => inner.GetReloadAuditsAsync(limit, cancellationToken);

    public Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        inner.SaveReplyStateAsync(key, json, expiresAt, cancellationToken);

    public Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken) => inner.GetReplyStateAsync(key, cancellationToken);
}
