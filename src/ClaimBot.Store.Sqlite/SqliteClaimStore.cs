using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Store.Sqlite;

/// <summary>
/// The default claims store: one SQLite file (WAL mode, FTS5 over claim terms), a connection per operation so
/// readers never wait for a commit, generations switched by a pointer row, and a lock file for reloads.
/// </summary>
public sealed class SqliteClaimStore : IClaimStore
{
    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteClaimQueries _queries;
    private readonly SqliteStateQueries _state;
    private readonly SqliteGenerationWriter _writer;
    private readonly ILogger<SqliteClaimStore> _logger;

    public SqliteClaimStore(IOptions<StoreOptions> options, TimeProvider timeProvider, ILogger<SqliteClaimStore> logger)
    {
        _connections = new SqliteConnectionFactory(options.Value.Path);
        _queries = new SqliteClaimQueries(_connections);
        _state = new SqliteStateQueries(_connections, timeProvider);
        _writer = new SqliteGenerationWriter(_connections, logger);
        _logger = logger;
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _connections.DatabasePath;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        int version;
        await using (var connection = await _connections.OpenAsync(cancellationToken))
        {
            await SqliteMigrations.ApplyAsync(connection, _logger, cancellationToken);
            version = SqliteMigrations.LatestVersion;
        }

        await _writer.CollectGarbageAsync(cancellationToken);
        var generation = await _queries.GetCurrentGenerationAsync(cancellationToken);
        SqliteStoreLog.Initialized(_logger, DatabasePath, version, generation);
    }

    public Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken) =>
        _queries.GetCurrentGenerationAsync(cancellationToken);

    public Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken) =>
        _queries.GetSourcesAsync(cancellationToken);

    public Task<SourceDocument?> GetSourceAsync(string sourceId, CancellationToken cancellationToken) =>
        _queries.GetSourceAsync(sourceId, cancellationToken);

    public Task<IReadOnlyList<Claim>> GetClaimsAsync(string? sourceId, CancellationToken cancellationToken) =>
        _queries.GetClaimsAsync(sourceId, null, cancellationToken);

    public async Task<IReadOnlyList<Claim>> GetClaimsByIdAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) =>
        claimIds.Count == 0 ? [] : await _queries.GetClaimsAsync(null, claimIds, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyCollection<string> terms, int limit, CancellationToken cancellationToken) =>
        _queries.SearchAsync(terms, limit, cancellationToken);

    public Task<long> CommitGenerationAsync(GenerationChange change, CancellationToken cancellationToken) =>
        _writer.CommitAsync(change, cancellationToken);

    public async Task<IAsyncDisposable> AcquireReloadLockAsync(CancellationToken cancellationToken)
    {
        _connections.EnsureDirectory();
        return await SqliteReloadLock.AcquireAsync(DatabasePath + ".reload.lock", _logger, cancellationToken);
    }

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _queries.GetCurrentGenerationAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            SqliteStoreLog.Unavailable(_logger, exception);
            return false;
        }
    }

    public Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken) =>
        _state.AddReloadAuditAsync(audit, cancellationToken);

    public Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken) =>
        _state.GetReloadAuditsAsync(limit, cancellationToken);

    public Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        _state.SaveReplyStateAsync(key, json, expiresAt, cancellationToken);

    public Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken) =>
        _state.GetReplyStateAsync(key, cancellationToken);

    public Task<bool> TryAddReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        _state.TryAddReplyStateAsync(key, json, expiresAt, cancellationToken);
}
