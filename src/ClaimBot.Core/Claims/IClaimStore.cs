using ClaimBot.Core.Documents;

namespace ClaimBot.Core.Claims;

/// <summary>
/// The claims store. Content is organised in generations: a commit writes a complete new generation beside the
/// current one and switches the current-generation pointer in the same transaction, so readers see the old
/// content or the new, never a mix. Implementations: SQLite (default) and PostgreSQL (scale-out).
/// </summary>
public interface IClaimStore
{
    /// <summary>Applies schema migrations and removes anything a crashed commit left behind. Safe to call concurrently from several processes.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The id of the generation readers currently see, or null when nothing was ever committed.</summary>
    Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken);

    /// <summary>Sources of the current generation, ordered by file.</summary>
    Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken);

    /// <summary>One source of the current generation with its text, or null.</summary>
    Task<SourceDocument?> GetSourceAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>Claims of the current generation (optionally of one source), in source then span order.</summary>
    Task<IReadOnlyList<Claim>> GetClaimsAsync(string? sourceId, CancellationToken cancellationToken);

    /// <summary>Claims of the current generation with the given ids (unknown ids are ignored).</summary>
    Task<IReadOnlyList<Claim>> GetClaimsByIdAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken);

    /// <summary>
    /// Full-text search over the claims' normalised <see cref="Claim.Terms"/> in the current generation:
    /// claims matching any of <paramref name="terms"/>, best first by the store's own relevance ranking.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyCollection<string> terms, int limit, CancellationToken cancellationToken);

    /// <summary>Writes a new generation (unchanged sources carried over, changed and added ones written, removed ones dropped) and makes it current atomically.</summary>
    Task<long> CommitGenerationAsync(GenerationChange change, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the store-wide reload lock (one reload at a time across every process sharing the store: a file lock
    /// for SQLite, an advisory lock for PostgreSQL). Dispose to release. Waits until the lock is free or the token is cancelled.
    /// </summary>
    Task<IAsyncDisposable> AcquireReloadLockAsync(CancellationToken cancellationToken);

    /// <summary>True when the store answers (readiness); never throws for an unreachable database.</summary>
    Task<bool> IsAvailableAsync(CancellationToken cancellationToken);

    /// <summary>Appends an audit record of a reload.</summary>
    Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken);

    /// <summary>Audit records, newest first.</summary>
    Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Stores a small piece of reply state (e.g. the full evidence behind a "Show all evidence" button) so any instance can serve it.</summary>
    Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Reads reply state saved by <see cref="SaveReplyStateAsync"/>, or null when unknown or expired.</summary>
    Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores reply state only if <paramref name="key"/> holds none that is still live: true for the one caller that
    /// added it, false for everyone else until it expires. Both stores do this atomically (one statement), so
    /// instances sharing a database agree on who was first (replay and duplicate-event defence). The default, for
    /// test doubles, is a read-then-write.
    /// </summary>
    async Task<bool> TryAddReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (await GetReplyStateAsync(key, cancellationToken) is not null)
        {
            return false;
        }

        await SaveReplyStateAsync(key, json, expiresAt, cancellationToken);
        return true;
    }
}
