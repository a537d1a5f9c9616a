using System.Text;
using System.Text.Json;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Store.Shared;
using Microsoft.Data.Sqlite;

namespace ClaimBot.Store.Sqlite;

/// <summary>
/// Reads of the current generation. Each read is one statement that joins the generation pointer, so it sees one
/// generation even while a commit switches the pointer.
/// </summary>
internal sealed class SqliteClaimQueries(SqliteConnectionFactory connections)
{
    private const string CurrentGenerationOf = """

        JOIN generation_sources gs ON gs.version_id = c.version_id AND gs.generation = (SELECT current_generation FROM store_state WHERE id = 1)
        """;

    private const string CurrentSources = """
        JOIN generation_sources gs ON gs.version_id = c.version_id
        JOIN store_state st ON st.id = 1 AND gs.generation = st.current_generation
        """;

    public async Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_generation FROM store_state WHERE id = 1;";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.source_id, c.file, c.title, c.date, c.language, c.url, c.outlet, c.content_hash, c.claim_count
            FROM source_versions c
            """ + "\n" + CurrentSources + "\nORDER BY c.file, c.source_id;";
        var result = new List<SourceSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new SourceSummary(
                reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), reader.GetString(4),
                NullableString(reader, 5), NullableString(reader, 6), reader.GetString(7), reader.GetInt32(8)));
        }

        return result;
    }

    public async Task<SourceDocument?> GetSourceAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.source_id, c.file, c.title, c.date, c.language, c.url, c.outlet, c.content_hash, c.text
            FROM source_versions c
            """ + "\n" + CurrentSources + "\nWHERE gs.source_id = $id;";
        command.Parameters.AddWithValue("$id", sourceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SourceDocument(
            reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), reader.GetString(4),
            NullableString(reader, 5), NullableString(reader, 6), reader.GetString(7), reader.GetString(8));
    }

    public async Task<IReadOnlyList<Claim>> GetClaimsAsync(string? sourceId, IReadOnlyCollection<string>? claimIds, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Each shape gets its own statement so SQLite drives it from the selective side (the id list, or the
        // (generation, source_id) key) instead of walking the whole generation; CROSS JOIN fixes the join order.
        var sql = new StringBuilder("SELECT ").Append(SqliteClaimRows.Columns);
        if (claimIds is not null)
        {
            sql.Append("\nFROM (SELECT DISTINCT value FROM json_each($ids)) j CROSS JOIN claims c ON c.claim_id = j.value").Append(CurrentGenerationOf);
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(claimIds.ToArray(), StoreJsonContext.Default.StringArray));
            if (sourceId is not null)
            {
                sql.Append("\nWHERE gs.source_id = $source");
            }
        }
        else if (sourceId is not null)
        {
            sql.Append("\nFROM generation_sources gs CROSS JOIN claims c ON c.version_id = gs.version_id")
                .Append("\nWHERE gs.generation = (SELECT current_generation FROM store_state WHERE id = 1) AND gs.source_id = $source");
        }
        else
        {
            sql.Append("\nFROM claims c\n").Append(CurrentSources);
        }

        if (sourceId is not null)
        {
            command.Parameters.AddWithValue("$source", sourceId);
        }

        command.CommandText = sql.Append("\nORDER BY gs.source_id, c.start_offset, c.end_offset, c.claim_id;").ToString();
        var result = new List<Claim>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(SqliteClaimRows.Read(reader));
        }

        return result;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyCollection<string> terms, int limit, CancellationToken cancellationToken)
    {
        var tokens = SearchTermFilter.Filter(terms);
        if (tokens.Count == 0 || limit <= 0)
        {
            return [];
        }

        // Every token is a quoted FTS5 string, so operators (OR, NEAR, *, ^, parentheses, column filters) in a term are plain text.
        var match = string.Join(" OR ", tokens.Select(token => "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Rank inside FTS5 first and join only the best rows: joining every match before sorting costs a row lookup per
        // match. Rows of older generations are deleted right after each switch, so a small over-fetch covers them.
        command.CommandText = """
            SELECT c.claim_id, f.score
            FROM (SELECT rowid, bm25(claims_fts) AS score FROM claims_fts WHERE claims_fts MATCH $match ORDER BY score LIMIT $over) f
            CROSS JOIN claims c ON c.row_id = f.rowid
            """ + CurrentGenerationOf + """

            ORDER BY f.score, c.claim_id
            LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$over", (limit * 2) + 64);
        var result = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // bm25() is lower-is-better; the contract's Rank is higher-is-better.
            result.Add(new SearchHit(reader.GetString(0), -reader.GetDouble(1)));
        }

        return result;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
