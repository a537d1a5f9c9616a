using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Polly;

namespace ClaimBot.Store.Postgres;

/// <summary>
/// The scale-out claims store: one PostgreSQL database shared by every instance. Pooled connections, transient
/// errors retried, generations switched by a pointer row (with NOTIFY on <c>claimbot_generation</c>), an advisory
/// lock for reloads. Everything lives in the first schema of the connection string's search path.
/// </summary>
public sealed class PostgresClaimStore : IClaimStore, IAsyncDisposable, IDisposable
{
    /// <summary>LISTEN channel notified after every commit with the payload "{schema}:{generation}".</summary>
    public const string GenerationChannel = "claimbot_generation";

    // Readiness must answer quickly while the database is down.
    private static readonly TimeSpan AvailabilityTimeout = TimeSpan.FromSeconds(5);

    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _lockDataSource;
    private readonly ResiliencePipeline _retry;
    private readonly PostgresClaimQueries _queries;
    private readonly PostgresStateQueries _state;
    private readonly PostgresGenerationWriter _writer;
    private readonly ILogger<PostgresClaimStore> _logger;

    public PostgresClaimStore(IOptions<StoreOptions> options, TimeProvider timeProvider, ILogger<PostgresClaimStore> logger)
    {
        var connectionString = options.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Store:ConnectionString is required when Store:Provider is Postgres.");
        }

        _settings = new NpgsqlConnectionStringBuilder(connectionString);
        _dataSource = NpgsqlDataSource.Create(_settings);
        _lockDataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false });
        _retry = PostgresResilience.Create(logger);
        _queries = new PostgresClaimQueries(_dataSource);
        _state = new PostgresStateQueries(_dataSource, timeProvider);
        _writer = new PostgresGenerationWriter(_dataSource, logger);
        _logger = logger;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _retry.ExecuteAsync(async ct => await PostgresMigrations.ApplyAsync(_dataSource, _logger, ct), cancellationToken);
        await _retry.ExecuteAsync(async ct => await _writer.CollectGarbageAsync(ct), cancellationToken);
        var generation = await GetCurrentGenerationAsync(cancellationToken);
        PostgresStoreLog.Initialized(_logger, _settings.Host, _settings.Port, _settings.Database, _settings.SearchPath, PostgresMigrations.LatestVersion, generation);
    }

    public Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _queries.GetCurrentGenerationAsync(ct), cancellationToken).AsTask();

    public Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _queries.GetSourcesAsync(ct), cancellationToken).AsTask();

    public Task<SourceDocument?> GetSourceAsync(string sourceId, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _queries.GetSourceAsync(sourceId, ct), cancellationToken).AsTask();

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string? sourceId, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _queries.GetClaimsAsync(sourceId, null, ct), cancellationToken).AsTask();

    public async Task<IReadOnlyList<Claim>> GetClaimsByIdAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) =>
        claimIds.Count == 0 ? [] : await _retry.ExecuteAsync(async ct => await _queries.GetClaimsAsync(null, claimIds, ct), cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyCollection<string> terms, int limit, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _queries.SearchAsync(terms, limit, ct), cancellationToken).AsTask();

    /// <remarks>Retried as a whole on a transient error: the commit is one transaction, so a retry never half-applies.</remarks>
    public Task<long> CommitGenerationAsync(GenerationChange change, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _writer.CommitAsync(change, ct), cancellationToken).AsTask();

    public async Task<IAsyncDisposable> AcquireReloadLockAsync(CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async ct => await PostgresReloadLock.AcquireAsync(_lockDataSource, _logger, ct), cancellationToken);

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AvailabilityTimeout);
        try
        {
            await _queries.GetCurrentGenerationAsync(timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            PostgresStoreLog.Unavailable(_logger, exception);
            return false;
        }
    }

    public Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _state.AddReloadAuditAsync(audit, ct), cancellationToken).AsTask();

    public Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _state.GetReloadAuditsAsync(limit, ct), cancellationToken).AsTask();

    public Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _state.SaveReplyStateAsync(key, json, expiresAt, ct), cancellationToken).AsTask();

    public Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await _state.GetReplyStateAsync(key, ct), cancellationToken).AsTask();

    // Not retried: a retry after a lost acknowledgement would see its own row and wrongly answer "already taken".
    public Task<bool> TryAddReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        _state.TryAddReplyStateAsync(key, json, expiresAt, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _lockDataSource.DisposeAsync();
    }

    // A container disposed synchronously (a CLI verb's `using` scope) must not fail on an async-only singleton.
    public void Dispose()
    {
        _dataSource.Dispose();
        _lockDataSource.Dispose();
    }
}
