using System.Text.Json;
using ClaimBot.Core.Claims;
using ClaimBot.Store.Shared;
using Npgsql;
using NpgsqlTypes;

namespace ClaimBot.Store.Postgres;

/// <summary>Maps <see cref="Claim"/> to binary COPY rows of the <c>claims</c> table and back from query rows.</summary>
internal static class PostgresClaimRows
{
    /// <summary>Select list matching <see cref="Read"/>; the table alias is <c>c</c>.</summary>
    public const string Columns = """
        c.claim_id, c.source_id, c.body, c.start_offset, c.end_offset, c.language, c.speaker_name, c.speaker_role,
        c.is_quote, c.is_negated, c.is_hedged, c.entities::text, c.dates, c.numbers, c.terms
        """;

    public const string CopyCommand = """
        COPY claims (version_id, claim_id, source_id, body, start_offset, end_offset, language, speaker_name, speaker_role,
            is_quote, is_negated, is_hedged, entities, dates, numbers, terms) FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlBinaryImporter importer, long versionId, Claim claim, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(versionId, NpgsqlDbType.Bigint, cancellationToken);
        await importer.WriteAsync(claim.Id, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(claim.SourceId, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(claim.Text, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(claim.Start, NpgsqlDbType.Integer, cancellationToken);
        await importer.WriteAsync(claim.End, NpgsqlDbType.Integer, cancellationToken);
        await importer.WriteAsync(claim.Language, NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(importer, claim.Speaker?.Name, cancellationToken);
        await WriteNullableAsync(importer, claim.Speaker?.Role, cancellationToken);
        await importer.WriteAsync(claim.IsQuote, NpgsqlDbType.Boolean, cancellationToken);
        await importer.WriteAsync(claim.IsNegated, NpgsqlDbType.Boolean, cancellationToken);
        await importer.WriteAsync(claim.IsHedged, NpgsqlDbType.Boolean, cancellationToken);
        await importer.WriteAsync(JsonSerializer.Serialize(claim.Entities.ToArray(), StoreJsonContext.Default.EntityRefArray), NpgsqlDbType.Jsonb, cancellationToken);
        await importer.WriteAsync(claim.Dates.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(claim.Numbers.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(claim.Terms, NpgsqlDbType.Text, cancellationToken);
    }

    public static Claim Read(NpgsqlDataReader reader) => new(
        Id: reader.GetString(0),
        SourceId: reader.GetString(1),
        Text: reader.GetString(2),
        Start: reader.GetInt32(3),
        End: reader.GetInt32(4),
        Language: reader.GetString(5),
        Speaker: reader.IsDBNull(6) ? null : new Speaker(reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)),
        IsQuote: reader.GetBoolean(8),
        IsNegated: reader.GetBoolean(9),
        IsHedged: reader.GetBoolean(10),
        Entities: JsonSerializer.Deserialize(reader.GetString(11), StoreJsonContext.Default.EntityRefArray) ?? [],
        Dates: reader.GetFieldValue<string[]>(12),
        Numbers: reader.GetFieldValue<string[]>(13),
        Terms: reader.GetString(14));

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
