using System.Text.Json.Serialization;

namespace ClaimBot.Core.Phrasing;

/// <summary>The stance prompt's JSON reply: <c>{"judgements":[{"n":1,"stance":"supports","why":"..."}]}</c>.</summary>
internal sealed record StanceReply(IReadOnlyList<StanceReplyItem?> Judgements);

/// <summary>One judgement of the reply. <paramref name="Why"/> is read so the reply parses, and then dropped: it is model text.</summary>
internal sealed record StanceReplyItem(int N, string Stance, string? Why = null);

// Strict on purpose: unknown or repeated properties, a missing n or stance, "1" for 1 or 1.0 for 1 make the reply malformed.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(StanceReply))]
internal sealed partial class StanceReplyJsonContext : JsonSerializerContext;
