using System.Globalization;
using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Sqlite;

/// <summary>Reply state (key/value with expiry) and reload audits.</summary>
internal sealed class SqliteStateQueries(SqliteConnectionFactory connections, TimeProvider timeProvider)
{
    public async Task SaveReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM reply_state WHERE expires_at <= $now;
            INSERT INTO reply_state (key, json, expires_at) VALUES ($key, $json, $expires)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, expires_at = excluded.expires_at;
            """;
        command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> TryAddReplyStateAsync(string key, string json, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // One statement: an expired row is taken over, a live one is left alone (0 rows changed).
        command.CommandText = """
            INSERT INTO reply_state (key, json, expires_at) VALUES ($key, $json, $expires)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, expires_at = excluded.expires_at
            WHERE reply_state.expires_at <= $now;
            """;
        command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<string?> GetReplyStateAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM reply_state WHERE key = $key AND expires_at > $now;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task AddReloadAuditAsync(ReloadAudit audit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reload_audits (requested_by, origin, started_at, finished_at, succeeded, generation, result_json)
            VALUES ($by, $origin, $started, $finished, $succeeded, $generation, $result);
            """;
        command.Parameters.AddWithValue("$by", audit.RequestedBy);
        command.Parameters.AddWithValue("$origin", audit.Origin);
        command.Parameters.AddWithValue("$started", audit.StartedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$finished", audit.FinishedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$succeeded", audit.Succeeded);
        command.Parameters.AddWithValue("$generation", (object?)audit.Generation ?? DBNull.Value);
        command.Parameters.AddWithValue("$result", audit.ResultJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReloadAudit>> GetReloadAuditsAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, requested_by, origin, started_at, finished_at, succeeded, generation, result_json
            FROM reload_audits ORDER BY id DESC LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<ReloadAudit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new ReloadAudit(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6),
                reader.GetString(7)));
        }

        return result;
    }
}
