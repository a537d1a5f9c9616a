using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Store.Shared;
using Npgsql;
using NpgsqlTypes;

namespace ClaimBot.Store.Postgres;

/// <summary>
/// Reads of the current generation. Each read is one statement joining the generation pointer, so its snapshot
/// shows one generation even while another instance commits. Ordering uses the "C" collation to match SQLite's.
/// </summary>
internal sealed class PostgresClaimQueries(NpgsqlDataSource dataSource)
{
    private const string CurrentSources = """
        JOIN generation_sources gs ON gs.version_id = c.version_id
        JOIN store_state st ON st.id = 1 AND gs.generation = st.current_generation
        """;

    public async Task<long?> GetCurrentGenerationAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT current_generation FROM store_state WHERE id = 1;");
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : (long)value;
    }

    public async Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT c.source_id, c.file, c.title, c.date, c.language, c.url, c.outlet, c.content_hash, c.claim_count
            FROM source_versions c
            {CurrentSources}
            ORDER BY c.file COLLATE "C", c.source_id COLLATE "C";
            """);
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
        await using var command = dataSource.CreateCommand($"""
            SELECT c.source_id, c.file, c.title, c.date, c.language, c.url, c.outlet, c.content_hash, c.body
            FROM source_versions c
            {CurrentSources}
            WHERE gs.source_id = @id;
            """);
        command.Parameters.AddWithValue("id", sourceId);
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
        await using var command = dataSource.CreateCommand($"""
            SELECT {PostgresClaimRows.Columns}
            FROM claims c
            {CurrentSources}
            WHERE (@source::text IS NULL OR gs.source_id = @source)
              AND (@ids::text[] IS NULL OR c.claim_id = ANY(@ids))
            ORDER BY gs.source_id COLLATE "C", c.start_offset, c.end_offset, c.claim_id COLLATE "C";
            """);
        command.Parameters.AddWithValue("source", NpgsqlDbType.Text, (object?)sourceId ?? DBNull.Value);
        command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, (object?)claimIds?.ToArray() ?? DBNull.Value);
        var result = new List<Claim>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(PostgresClaimRows.Read(reader));
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

        // The query is built as a tsquery value, not parsed from text: each term is one lexeme and nothing in it is syntax.
        NpgsqlTsQuery query = new NpgsqlTsQueryLexeme(tokens[0]);
        foreach (var token in tokens.Skip(1))
        {
            query = new NpgsqlTsQueryOr(query, new NpgsqlTsQueryLexeme(token));
        }

        // Normalisation 1 divides by 1 + log(lexeme count), like BM25's length normalisation on the SQLite side.
        await using var command = dataSource.CreateCommand($"""
            SELECT c.claim_id, ts_rank(c.terms_vector, @query, 1) AS rank
            FROM claims c
            {CurrentSources}
            WHERE c.terms_vector @@ @query
            ORDER BY rank DESC, c.claim_id COLLATE "C"
            LIMIT @limit;
            """);
        command.Parameters.AddWithValue("query", NpgsqlDbType.TsQuery, query);
        command.Parameters.AddWithValue("limit", limit);
        var result = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new SearchHit(reader.GetString(0), reader.GetFloat(1)));
        }

        return result;
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
