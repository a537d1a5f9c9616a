using System.Text.Json;
using ClaimBot.Core.Claims;
using ClaimBot.Store.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Store.Sqlite;

/// <summary>
/// Writes a new generation beside the current one and switches the pointer in the same transaction, then removes
/// source versions no generation references any more. Readers need no protection from that clean-up: each read is
/// one statement, and SQLite in WAL mode keeps a statement's snapshot until it finishes.
/// </summary>
internal sealed class SqliteGenerationWriter(SqliteConnectionFactory connections, ILogger logger)
{
    public async Task<long> CommitAsync(GenerationChange change, CancellationToken cancellationToken)
    {
        var written = GenerationChangeCheck.WrittenSourceIds(change);
        var kept = change.KeepSourceIds.Where(id => !written.Contains(id)).Distinct(StringComparer.Ordinal).ToArray();

        long generation;
        int keptCount;
        var claimCount = 0;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            // BEGIN IMMEDIATE: commits from several processes queue here instead of failing on a lock upgrade.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var current = await ReadCurrentGenerationAsync(connection, transaction, cancellationToken);
            generation = (current ?? 0) + 1;

            keptCount = await CarryOverAsync(connection, transaction, current, generation, kept, cancellationToken);
            if (keptCount != kept.Length)
            {
                SqliteStoreLog.UnknownKeptSources(logger, kept.Length - keptCount);
            }

            using (var claimInsert = SqliteClaimRows.CreateInsert(connection, transaction))
            {
                foreach (var source in change.Write)
                {
                    claimCount += await WriteSourceAsync(connection, transaction, claimInsert, generation, source, cancellationToken);
                }
            }

            await using (var pointer = connection.CreateCommand())
            {
                pointer.Transaction = transaction;
                pointer.CommandText = "UPDATE store_state SET current_generation = $generation WHERE id = 1;";
                pointer.Parameters.AddWithValue("$generation", generation);
                await pointer.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        SqliteStoreLog.GenerationCommitted(logger, generation, change.Write.Count, keptCount, claimCount);
        await TryCollectGarbageAsync(cancellationToken);
        return generation;
    }

    /// <summary>Deletes generations other than the current one and the source versions only they referenced.</summary>
    public async Task<int> CollectGarbageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM generation_sources
            WHERE generation IS NOT (SELECT current_generation FROM store_state WHERE id = 1);
            DELETE FROM claims WHERE version_id IN (
                SELECT sv.version_id FROM source_versions sv
                WHERE NOT EXISTS (SELECT 1 FROM generation_sources gs WHERE gs.version_id = sv.version_id));
            DELETE FROM source_versions
            WHERE NOT EXISTS (SELECT 1 FROM generation_sources gs WHERE gs.version_id = source_versions.version_id);
            SELECT changes();
            """;
        var removed = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        if (removed > 0)
        {
            SqliteStoreLog.GarbageCollected(logger, removed);
        }

        // A large commit leaves a write-ahead log as large as the database; truncate it once readers allow.
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        return removed;
    }

    private async Task TryCollectGarbageAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CollectGarbageAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is SqliteException or OperationCanceledException)
        {
            // The new generation is already current; leftovers are removed by the next commit or start.
            SqliteStoreLog.GarbageCollectionFailed(logger, exception);
        }
    }

    private static async Task<long?> ReadCurrentGenerationAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT current_generation FROM store_state WHERE id = 1;";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> CarryOverAsync(
        SqliteConnection connection, SqliteTransaction transaction, long? current, long generation, string[] kept, CancellationToken cancellationToken)
    {
        if (current is null || kept.Length == 0)
        {
            return 0;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO generation_sources (generation, source_id, version_id)
            SELECT $generation, source_id, version_id FROM generation_sources
            WHERE generation = $current AND source_id IN (SELECT value FROM json_each($kept));
            """;
        command.Parameters.AddWithValue("$generation", generation);
        command.Parameters.AddWithValue("$current", current.Value);
        command.Parameters.AddWithValue("$kept", JsonSerializer.Serialize(kept, StoreJsonContext.Default.StringArray));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> WriteSourceAsync(
        SqliteConnection connection, SqliteTransaction transaction, SqliteCommand claimInsert, long generation, ExtractedSource source, CancellationToken cancellationToken)
    {
        var document = source.Document;
        long versionId;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO source_versions (source_id, file, title, date, language, url, outlet, content_hash, text)
                VALUES ($id, $file, $title, $date, $language, $url, $outlet, $hash, $text)
                RETURNING version_id;
                """;
            insert.Parameters.AddWithValue("$id", document.Id);
            insert.Parameters.AddWithValue("$file", document.File);
            insert.Parameters.AddWithValue("$title", (object?)document.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$date", (object?)document.Date ?? DBNull.Value);
            insert.Parameters.AddWithValue("$language", document.Language);
            insert.Parameters.AddWithValue("$url", (object?)document.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$outlet", (object?)document.Outlet ?? DBNull.Value);
            insert.Parameters.AddWithValue("$hash", document.ContentHash);
            insert.Parameters.AddWithValue("$text", document.Text);
            versionId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var claim in source.Claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            GenerationChangeCheck.CheckClaim(document.Id, claim, claimIds);
            await SqliteClaimRows.InsertAsync(claimInsert, versionId, claim, cancellationToken);
            count++;
        }

        await using var finish = connection.CreateCommand();
        finish.Transaction = transaction;
        finish.CommandText = """
            UPDATE source_versions SET claim_count = $count WHERE version_id = $version;
            INSERT INTO generation_sources (generation, source_id, version_id) VALUES ($generation, $id, $version);
            """;
        finish.Parameters.AddWithValue("$count", count);
        finish.Parameters.AddWithValue("$version", versionId);
        finish.Parameters.AddWithValue("$generation", generation);
        finish.Parameters.AddWithValue("$id", document.Id);
        await finish.ExecuteNonQueryAsync(cancellationToken);
        return count;
    }
}
