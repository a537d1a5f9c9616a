using System.Text.Json.Serialization;

namespace ClaimBot.Host.Cli;

/// <summary>One eval item: the input (q, s or topic), mention groups, sources to cite (by file-name prefix), forbidden strings and the expected verdict.</summary>
public sealed record EvalItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("q")] string? Question,
    [property: JsonPropertyName("s")] string? Statement,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("mention")] IReadOnlyList<IReadOnlyList<string>>? Mention,
    [property: JsonPropertyName("cite")] IReadOnlyList<string>? Cite,
    [property: JsonPropertyName("forbid")] IReadOnlyList<string>? Forbid,
    [property: JsonPropertyName("verdict")] string? Verdict);
