using Microsoft.Extensions.Logging;
using Npgsql;

namespace ClaimBot.Store.Postgres;

/// <summary>
/// Versioned schema migrations recorded in <c>schema_migrations</c>, applied in order in one transaction under a
/// transaction-scoped advisory lock, so instances starting at once apply each step exactly once. Objects are
/// created unqualified, in the first schema of the connection's search path.
/// </summary>
internal static class PostgresMigrations
{
    // Append new steps; never edit a released one. Step i (0-based) brings the schema to version i + 1.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE store_state (
            id integer PRIMARY KEY CHECK (id = 1),
            current_generation bigint NULL
        );
        INSERT INTO store_state (id, current_generation) VALUES (1, NULL);

        CREATE TABLE source_versions (
            version_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            source_id text NOT NULL,
            file text NOT NULL,
            title text NULL,
            date text NULL,
            language text NOT NULL,
            url text NULL,
            outlet text NULL,
            content_hash text NOT NULL,
            body text NOT NULL,
            claim_count integer NOT NULL DEFAULT 0
        );

        CREATE TABLE generation_sources (
            generation bigint NOT NULL,
            source_id text NOT NULL,
            version_id bigint NOT NULL REFERENCES source_versions (version_id),
            PRIMARY KEY (generation, source_id)
        );
        CREATE INDEX ix_generation_sources_version ON generation_sources (version_id);

        CREATE TABLE claims (
            row_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            version_id bigint NOT NULL REFERENCES source_versions (version_id) ON DELETE CASCADE,
            claim_id text NOT NULL,
            source_id text NOT NULL,
            body text NOT NULL,
            start_offset integer NOT NULL,
            end_offset integer NOT NULL,
            language text NOT NULL,
            speaker_name text NULL,
            speaker_role text NULL,
            is_quote boolean NOT NULL,
            is_negated boolean NOT NULL,
            is_hedged boolean NOT NULL,
            entities jsonb NOT NULL,
            dates text[] NOT NULL,
            numbers text[] NOT NULL,
            terms text NOT NULL,
            -- Each whitespace-separated term is one lexeme exactly as given: no parser, stemming or stop words.
            terms_vector tsvector GENERATED ALWAYS AS
                (array_to_tsvector(array_remove(regexp_split_to_array(terms, '\s+'), ''))) STORED
        );
        CREATE INDEX ix_claims_version ON claims (version_id, start_offset, end_offset);
        CREATE INDEX ix_claims_claim_id ON claims (claim_id);
        CREATE INDEX ix_claims_terms ON claims USING gin (terms_vector);

        CREATE TABLE reply_state (
            key text PRIMARY KEY,
            json text NOT NULL,
            expires_at timestamptz NOT NULL
        );
        CREATE INDEX ix_reply_state_expires ON reply_state (expires_at);

        CREATE TABLE reload_audits (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            requested_by text NOT NULL,
            origin text NOT NULL,
            started_at timestamptz NOT NULL,
            finished_at timestamptz NOT NULL,
            succeeded boolean NOT NULL,
            generation bigint NULL,
            result_json text NOT NULL
        );
        """,
    ];

    // Another instance may be migrating; wait for it rather than fail on the default command timeout.
    private const int LockTimeoutSeconds = 300;

    public static int LatestVersion => Steps.Length;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtextextended('claimbot.migrate:' || coalesce(current_schema(), ''), 0));", cancellationToken);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """, cancellationToken);

        int before;
        await using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations;", connection))
        {
            before = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (before > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL claims store has schema version {before}, newer than this build understands ({LatestVersion}); upgrade ClaimBot.");
        }

        for (var version = before + 1; version <= LatestVersion; version++)
        {
            await ExecuteAsync(connection, Steps[version - 1], cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES (@version);", connection);
            record.Parameters.AddWithValue("version", version);
            await record.ExecuteNonQueryAsync(cancellationToken);
            PostgresStoreLog.MigrationApplied(logger, version);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = LockTimeoutSeconds };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
