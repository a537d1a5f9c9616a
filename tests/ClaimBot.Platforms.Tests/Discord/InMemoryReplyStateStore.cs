using System.Collections.Concurrent;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>An <see cref="IClaimStore"/> that only keeps reply state; the Discord adapter needs nothing else from the store.</summary>
internal sealed class InMemoryReplyStateStore : IClaimStore
{
    public ConcurrentDictionary<string, string> States { get; } = new();

    public Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        States[key] = json;
        return Task.CompletedTask;
    }

    public Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(States.TryGetValue(key, out var json) ? json : null);

    /// <summary>Every <see cref="TryAddReplyStateAsync"/> call: its key and whether it won.</summary>
    public ConcurrentQueue<(string Key, bool Added)> Claims { get; } = new();

    // Atomic like the SQLite and PostgreSQL stores (expiry ignored: tests run well within it).
    public Task<bool> TryAddReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var added = States.TryAdd(key, json);
        Claims.Enqueue((key, added));
        return Task.FromResult(added);
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken) => Task.FromResult<long?>(null);

    public Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SourceSummary>>([]);

    public Task<SourceDocument?> GetSourceAsync(string sourceId, CancellationToken cancellationToken) => Task.FromResult<SourceDocument?>(null);

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string? sourceId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Claim>>([]);

    public Task<IReadOnlyList<Claim>> GetClaimsByIdAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Claim>>([]);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyCollection<string> terms, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchHit>>([]);

    public Task<long> CommitGenerationAsync(GenerationChange change, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IAsyncDisposable> AcquireReloadLockAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> IsAvailableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReloadAudit>>([]);
}
