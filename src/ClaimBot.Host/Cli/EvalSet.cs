using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimBot.Host.Cli;

/// <summary>A question set in the shape of ../shared/eval/dev-set.json: ask, check and compare items with their scoring data.</summary>
public sealed record EvalSet(
    [property: JsonPropertyName("ask")] IReadOnlyList<EvalItem>? Ask,
    [property: JsonPropertyName("check")] IReadOnlyList<EvalItem>? Check,
    [property: JsonPropertyName("compare")] IReadOnlyList<EvalItem>? Compare,
    [property: JsonPropertyName("junk")] EvalJunk? Junk)
{
    public static EvalSet Load(string path) =>
        JsonSerializer.Deserialize<EvalSet>(File.ReadAllText(path)) ?? throw new InvalidDataException($"Eval set '{path}' is empty.");
}
