using ClaimBot.Core.Claims;
using Npgsql;
using NpgsqlTypes;

namespace ClaimBot.Store.Postgres;

/// <summary>Reply state (key/value with expiry, judged by the injected clock) and reload audits.</summary>
internal sealed class PostgresStateQueries(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    public async Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        var purge = new NpgsqlBatchCommand("DELETE FROM reply_state WHERE expires_at <= $1;");
        purge.Parameters.Add(new NpgsqlParameter { Value = timeProvider.GetUtcNow() });
        var upsert = new NpgsqlBatchCommand("""
            INSERT INTO reply_state (key, json, expires_at) VALUES ($1, $2, $3)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, expires_at = excluded.expires_at;
            """);
        upsert.Parameters.Add(new NpgsqlParameter { Value = key });
        upsert.Parameters.Add(new NpgsqlParameter { Value = json });
        upsert.Parameters.Add(new NpgsqlParameter { Value = expiresAt.ToUniversalTime() });
        batch.BatchCommands.Add(purge);
        batch.BatchCommands.Add(upsert);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> TryAddReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        // One statement: an expired row is taken over, a live one is left alone (0 rows affected).
        await using var command = dataSource.CreateCommand("""
            INSERT INTO reply_state (key, json, expires_at) VALUES (@key, @json, @expires)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, expires_at = excluded.expires_at
            WHERE reply_state.expires_at <= @now;
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("json", json);
        command.Parameters.AddWithValue("expires", expiresAt.ToUniversalTime());
        command.Parameters.AddWithValue("now", timeProvider.GetUtcNow());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT json FROM reply_state WHERE key = @key AND expires_at > @now;");
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("now", timeProvider.GetUtcNow());
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO reload_audits (requested_by, origin, started_at, finished_at, succeeded, generation, result_json)
            VALUES (@by, @origin, @started, @finished, @succeeded, @generation, @result);
            """);
        command.Parameters.AddWithValue("by", audit.RequestedBy);
        command.Parameters.AddWithValue("origin", audit.Origin);
        command.Parameters.AddWithValue("started", audit.StartedAt.ToUniversalTime());
        command.Parameters.AddWithValue("finished", audit.FinishedAt.ToUniversalTime());
        command.Parameters.AddWithValue("succeeded", audit.Succeeded);
        command.Parameters.AddWithValue("generation", NpgsqlDbType.Bigint, (object?)audit.Generation ?? DBNull.Value);
        command.Parameters.AddWithValue("result", audit.ResultJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand("""
            SELECT id, requested_by, origin, started_at, finished_at, succeeded, generation, result_json
            FROM reload_audits ORDER BY id DESC LIMIT @limit;
            """);
        command.Parameters.AddWithValue("limit", limit);
        var result = new List<ReloadAudit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new ReloadAudit(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6),
                reader.GetString(7)));
        }

        return result;
    }
}
