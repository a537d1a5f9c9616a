using System.Text.Json;
using ClaimBot.Core.Claims;
using ClaimBot.Store.Shared;
using Microsoft.Data.Sqlite;

namespace ClaimBot.Store.Sqlite;

/// <summary>Maps <see cref="Claim"/> to and from rows of the <c>claims</c> table.</summary>
internal static class SqliteClaimRows
{
    /// <summary>Select list matching <see cref="Read"/>; the table alias is <c>c</c>.</summary>
    public const string Columns = """
        c.claim_id, c.source_id, c.text, c.start_offset, c.end_offset, c.language, c.speaker_name, c.speaker_role,
        c.is_quote, c.is_negated, c.is_hedged, c.entities, c.dates, c.numbers, c.terms
        """;

    public static SqliteCommand CreateInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO claims (version_id, claim_id, source_id, text, start_offset, end_offset, language, speaker_name,
                speaker_role, is_quote, is_negated, is_hedged, entities, dates, numbers, terms)
            VALUES ($version, $id, $source, $text, $start, $end, $language, $speaker, $role,
                $quote, $negated, $hedged, $entities, $dates, $numbers, $terms);
            """;
        string[] names = ["$version", "$id", "$source", "$text", "$start", "$end", "$language", "$speaker", "$role",
            "$quote", "$negated", "$hedged", "$entities", "$dates", "$numbers", "$terms"];
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    public static Task<int> InsertAsync(SqliteCommand insert, long versionId, Claim claim, CancellationToken cancellationToken)
    {
        var p = insert.Parameters;
        p["$version"].Value = versionId;
        p["$id"].Value = claim.Id;
        p["$source"].Value = claim.SourceId;
        p["$text"].Value = claim.Text;
        p["$start"].Value = claim.Start;
        p["$end"].Value = claim.End;
        p["$language"].Value = claim.Language;
        p["$speaker"].Value = (object?)claim.Speaker?.Name ?? DBNull.Value;
        p["$role"].Value = (object?)claim.Speaker?.Role ?? DBNull.Value;
        p["$quote"].Value = claim.IsQuote;
        p["$negated"].Value = claim.IsNegated;
        p["$hedged"].Value = claim.IsHedged;
        p["$entities"].Value = JsonSerializer.Serialize(claim.Entities.ToArray(), StoreJsonContext.Default.EntityRefArray);
        p["$dates"].Value = JsonSerializer.Serialize(claim.Dates.ToArray(), StoreJsonContext.Default.StringArray);
        p["$numbers"].Value = JsonSerializer.Serialize(claim.Numbers.ToArray(), StoreJsonContext.Default.StringArray);
        p["$terms"].Value = claim.Terms;
        return insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public static Claim Read(SqliteDataReader reader) => new(
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
        Dates: JsonSerializer.Deserialize(reader.GetString(12), StoreJsonContext.Default.StringArray) ?? [],
        Numbers: JsonSerializer.Deserialize(reader.GetString(13), StoreJsonContext.Default.StringArray) ?? [],
        Terms: reader.GetString(14));
}
