using System.Collections.Concurrent;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>An <see cref="IClaimStore"/> that only keeps reply state (what the Slack adapter itself uses) and a fixed source list.</summary>
internal sealed class InMemorySlackStateStore : IClaimStore
{
    public ConcurrentDictionary<string, string> State { get; } = new();

    public IReadOnlyList<SourceSummary> Sources { get; set; } = [];

    public Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        State[key] = json;
        return Task.CompletedTask;
    }

    public Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(State.TryGetValue(key, out var json) ? json : null);

    public Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken) => Task.FromResult(Sources);

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<SourceDocument?> GetSourceAsync(string sourceId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string? sourceId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Claim>> GetClaimsByIdAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyCollection<string> terms, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<long> CommitGenerationAsync(GenerationChange change, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IAsyncDisposable> AcquireReloadLockAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> IsAvailableAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
}
