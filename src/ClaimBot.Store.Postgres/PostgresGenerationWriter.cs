using ClaimBot.Core.Claims;
using ClaimBot.Store.Shared;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ClaimBot.Store.Postgres;

/// <summary>
/// Writes a new generation beside the current one and switches the pointer row in the same transaction (locking
/// it first, so commits from several instances queue), notifies listeners, then removes source versions no
/// generation references. Readers need no protection from the clean-up: each read is one statement, and its MVCC
/// snapshot keeps the rows it started with.
/// </summary>
internal sealed class PostgresGenerationWriter(NpgsqlDataSource dataSource, ILogger logger)
{
    // A large reload writes many rows in one transaction; the connection string's timeout is sized for reads.
    private const int WriteTimeoutSeconds = 600;

    public async Task<long> CommitAsync(GenerationChange change, CancellationToken cancellationToken)
    {
        var written = GenerationChangeCheck.WrittenSourceIds(change);
        var kept = change.KeepSourceIds.Where(id => !written.Contains(id)).Distinct(StringComparer.Ordinal).ToArray();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await ScalarAsync(connection, "SELECT current_generation FROM store_state WHERE id = 1 FOR UPDATE;", cancellationToken);
        var generation = (current ?? 0) + 1;

        var keptCount = 0;
        if (current is not null && kept.Length > 0)
        {
            await using var carry = Command(connection, """
                INSERT INTO generation_sources (generation, source_id, version_id)
                SELECT @generation, source_id, version_id FROM generation_sources
                WHERE generation = @current AND source_id = ANY(@kept);
                """);
            carry.Parameters.AddWithValue("generation", generation);
            carry.Parameters.AddWithValue("current", current.Value);
            carry.Parameters.AddWithValue("kept", NpgsqlDbType.Array | NpgsqlDbType.Text, kept);
            keptCount = await carry.ExecuteNonQueryAsync(cancellationToken);
        }

        if (keptCount != kept.Length)
        {
            PostgresStoreLog.UnknownKeptSources(logger, kept.Length - keptCount);
        }

        var claimCount = 0;
        foreach (var source in change.Write)
        {
            claimCount += await WriteSourceAsync(connection, generation, source, cancellationToken);
        }

        await using (var pointer = Command(connection, $"""
            UPDATE store_state SET current_generation = @generation WHERE id = 1;
            SELECT pg_notify('{PostgresClaimStore.GenerationChannel}', coalesce(current_schema(), '') || ':' || @generation::text);
            """))
        {
            pointer.Parameters.AddWithValue("generation", generation);
            await pointer.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        PostgresStoreLog.GenerationCommitted(logger, generation, change.Write.Count, keptCount, claimCount);
        await TryCollectGarbageAsync(cancellationToken);
        return generation;
    }

    /// <summary>Deletes generations other than the current one and the source versions only they referenced.</summary>
    public async Task<int> CollectGarbageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ScalarAsync(connection, "SELECT current_generation FROM store_state WHERE id = 1 FOR UPDATE;", cancellationToken);
        await using (var generations = Command(connection, """
            DELETE FROM generation_sources
            WHERE generation IS DISTINCT FROM (SELECT current_generation FROM store_state WHERE id = 1);
            """))
        {
            await generations.ExecuteNonQueryAsync(cancellationToken);
        }

        int removed;
        await using (var versions = Command(connection, """
            DELETE FROM source_versions sv
            WHERE NOT EXISTS (SELECT 1 FROM generation_sources gs WHERE gs.version_id = sv.version_id);
            """))
        {
            removed = await versions.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (removed > 0)
        {
            PostgresStoreLog.GarbageCollected(logger, removed);
        }

        return removed;
    }

    private async Task TryCollectGarbageAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CollectGarbageAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException)
        {
            // The new generation is already current; leftovers are removed by the next commit or start.
            PostgresStoreLog.GarbageCollectionFailed(logger, exception);
        }
    }

    private static async Task<int> WriteSourceAsync(NpgsqlConnection connection, long generation, ExtractedSource source, CancellationToken cancellationToken)
    {
        var document = source.Document;
        long versionId;
        await using (var insert = Command(connection, """
            INSERT INTO source_versions (source_id, file, title, date, language, url, outlet, content_hash, body)
            VALUES (@id, @file, @title, @date, @language, @url, @outlet, @hash, @body)
            RETURNING version_id;
            """))
        {
            insert.Parameters.AddWithValue("id", document.Id);
            insert.Parameters.AddWithValue("file", document.File);
            insert.Parameters.AddWithValue("title", NpgsqlDbType.Text, (object?)document.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("date", NpgsqlDbType.Text, (object?)document.Date ?? DBNull.Value);
            insert.Parameters.AddWithValue("language", document.Language);
            insert.Parameters.AddWithValue("url", NpgsqlDbType.Text, (object?)document.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("outlet", NpgsqlDbType.Text, (object?)document.Outlet ?? DBNull.Value);
            insert.Parameters.AddWithValue("hash", document.ContentHash);
            insert.Parameters.AddWithValue("body", document.Text);
            versionId = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(PostgresClaimRows.CopyCommand, cancellationToken))
        {
            importer.Timeout = TimeSpan.FromSeconds(WriteTimeoutSeconds);
            foreach (var claim in source.Claims)
            {
                cancellationToken.ThrowIfCancellationRequested();
                GenerationChangeCheck.CheckClaim(document.Id, claim, claimIds);
                await PostgresClaimRows.WriteAsync(importer, versionId, claim, cancellationToken);
                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var finish = Command(connection, """
            UPDATE source_versions SET claim_count = @count WHERE version_id = @version;
            INSERT INTO generation_sources (generation, source_id, version_id) VALUES (@generation, @id, @version);
            """);
        finish.Parameters.AddWithValue("count", count);
        finish.Parameters.AddWithValue("version", versionId);
        finish.Parameters.AddWithValue("generation", generation);
        finish.Parameters.AddWithValue("id", document.Id);
        await finish.ExecuteNonQueryAsync(cancellationToken);
        return count;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection) { CommandTimeout = WriteTimeoutSeconds };

    private static async Task<long?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : (long)value;
    }
}
