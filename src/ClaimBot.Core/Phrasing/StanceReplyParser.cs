using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// Reads the model's stance reply strictly: one JSON object, at least one judgement, each naming an offered number once
/// with a known stance. Anything else is a failure with a reason that never quotes the reply.
/// </summary>
internal static class StanceReplyParser
{
    public static bool TryParse(string? reply, int offered,
        [NotNullWhen(true)] out IReadOnlyDictionary<int, ModelStance>? stances, [NotNullWhen(false)] out string? failure)
    {
        stances = null;
        if (string.IsNullOrWhiteSpace(reply))
        {
            failure = "empty reply";
            return false;
        }

        StanceReply? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(Unfence(reply), StanceReplyJsonContext.Default.StanceReply);
        }
        catch (JsonException)
        {
            // The exception message may quote the reply, so only the fact is reported.
            failure = "not the JSON object asked for";
            return false;
        }

        if (parsed is null || parsed.Judgements.Count == 0)
        {
            failure = "no judgements";
            return false;
        }

        var result = new Dictionary<int, ModelStance>();
        for (var i = 0; i < parsed.Judgements.Count; i++)
        {
            failure = Read(parsed.Judgements[i], i + 1, offered, result);
            if (failure is not null)
            {
                return false;
            }
        }

        stances = result;
        failure = null;
        return true;
    }

    private static string? Read(StanceReplyItem? item, int position, int offered, Dictionary<int, ModelStance> result)
    {
        if (item is null)
        {
            return $"judgement {position} is null";
        }

        if (item.N < 1 || item.N > offered)
        {
            return $"judgement {position} names [{item.N}], which was not offered (1..{offered})";
        }

        ModelStance? stance = item.Stance switch
        {
            "supports" => ModelStance.Supports,
            "refutes" => ModelStance.Refutes,
            "irrelevant" => ModelStance.Irrelevant,
            _ => null,
        };
        if (stance is null)
        {
            return $"judgement {position} has an unknown stance";
        }

        return result.TryAdd(item.N, stance.Value) ? null : $"[{item.N}] is judged more than once";
    }

    // Servers that ignore response_format (older Ollama or llama.cpp builds) tend to wrap JSON in a Markdown fence.
    private static string Unfence(string reply)
    {
        var text = reply.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        return firstLineEnd < 0 ? text : text[(firstLineEnd + 1)..^3];
    }
}
