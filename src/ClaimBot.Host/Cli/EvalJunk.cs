using System.Text.Json.Serialization;

namespace ClaimBot.Host.Cli;

/// <summary>Strings no extracted claim and no cited quote may contain (boilerplate).</summary>
public sealed record EvalJunk([property: JsonPropertyName("forbid")] IReadOnlyList<string>? Forbid);
