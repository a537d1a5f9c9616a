using Microsoft.Extensions.Logging;
using Npgsql;

namespace ClaimBot.Store.Postgres;

/// <summary>
/// The store-wide reload lock: a session advisory lock held on a dedicated, unpooled connection until disposal.
/// Unpooled on purpose: closing the physical connection releases the lock even if the unlock statement fails, and
/// a pooled connection could carry a forgotten lock back into the pool. The key includes the schema, so stores in
/// different schemas of one database do not block each other.
/// </summary>
internal sealed class PostgresReloadLock : IAsyncDisposable
{
    private const string LockKey = "hashtextextended('claimbot.reload:' || coalesce(current_schema(), ''), 0)";

    private readonly NpgsqlConnection _connection;
    private readonly ILogger _logger;
    private int _disposed;

    private PostgresReloadLock(NpgsqlConnection connection, ILogger logger)
    {
        _connection = connection;
        _logger = logger;
    }

    public static async Task<PostgresReloadLock> AcquireAsync(NpgsqlDataSource unpooled, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = await unpooled.OpenConnectionAsync(cancellationToken);
        try
        {
            // No timeout: a reload may run long; the caller's token (sent as a cancel request) bounds the wait.
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey});", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
            PostgresStoreLog.ReloadLockAcquired(logger);
            return new PostgresReloadLock(connection, logger);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey});", _connection);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            PostgresStoreLog.ReloadLockReleaseFailed(_logger, exception);
        }
        finally
        {
            await _connection.DisposeAsync();
        }

        PostgresStoreLog.ReloadLockReleased(_logger);
    }
}
