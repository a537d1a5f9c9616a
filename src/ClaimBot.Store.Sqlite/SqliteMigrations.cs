using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Store.Sqlite;

/// <summary>
/// Versioned schema migrations, tracked in <c>PRAGMA user_version</c> and applied in order inside one
/// <c>BEGIN IMMEDIATE</c> transaction, so processes starting at once apply each step exactly once.
/// </summary>
internal static class SqliteMigrations
{
    // Append new steps; never edit a released one. Step i (0-based) brings the schema to version i + 1.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE store_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            current_generation INTEGER NULL
        );
        INSERT INTO store_state (id, current_generation) VALUES (1, NULL);

        CREATE TABLE source_versions (
            version_id INTEGER PRIMARY KEY AUTOINCREMENT,
            source_id TEXT NOT NULL,
            file TEXT NOT NULL,
            title TEXT NULL,
            date TEXT NULL,
            language TEXT NOT NULL,
            url TEXT NULL,
            outlet TEXT NULL,
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            claim_count INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE generation_sources (
            generation INTEGER NOT NULL,
            source_id TEXT NOT NULL,
            version_id INTEGER NOT NULL REFERENCES source_versions (version_id),
            PRIMARY KEY (generation, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_generation_sources_version ON generation_sources (version_id);

        CREATE TABLE claims (
            row_id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES source_versions (version_id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL,
            source_id TEXT NOT NULL,
            text TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            language TEXT NOT NULL,
            speaker_name TEXT NULL,
            speaker_role TEXT NULL,
            is_quote INTEGER NOT NULL,
            is_negated INTEGER NOT NULL,
            is_hedged INTEGER NOT NULL,
            entities TEXT NOT NULL,
            dates TEXT NOT NULL,
            numbers TEXT NOT NULL,
            terms TEXT NOT NULL
        );
        CREATE INDEX ix_claims_version ON claims (version_id, start_offset, end_offset);
        CREATE INDEX ix_claims_claim_id ON claims (claim_id);

        CREATE VIRTUAL TABLE claims_fts USING fts5 (
            terms,
            content = 'claims',
            content_rowid = 'row_id',
            tokenize = "unicode61 remove_diacritics 0 tokenchars ':-_.'"
        );
        CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts (rowid, terms) VALUES (new.row_id, new.terms);
        END;
        CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, terms) VALUES ('delete', old.row_id, old.terms);
        END;

        CREATE TABLE reply_state (
            key TEXT PRIMARY KEY,
            json TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        );
        CREATE INDEX ix_reply_state_expires ON reply_state (expires_at);

        CREATE TABLE reload_audits (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            requested_by TEXT NOT NULL,
            origin TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            succeeded INTEGER NOT NULL,
            generation INTEGER NULL,
            result_json TEXT NOT NULL
        );
        """,
    ];

    public static int LatestVersion => Steps.Length;

    /// <summary>Brings the schema to <see cref="LatestVersion"/>; returns the version found before.</summary>
    public static async Task<int> ApplyAsync(SqliteConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        // journal_mode is persistent in the file and cannot change inside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var before = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (before > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The SQLite claims store has schema version {before}, newer than this build understands ({LatestVersion}); upgrade ClaimBot.");
        }

        for (var version = before + 1; version <= LatestVersion; version++)
        {
            await ExecuteAsync(connection, transaction, Steps[version - 1], cancellationToken);
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {version};", cancellationToken);
            SqliteStoreLog.MigrationApplied(logger, version);
        }

        await transaction.CommitAsync(cancellationToken);
        return before;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
