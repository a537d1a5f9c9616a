using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimBot.Platforms.Slack;

/// <summary>JSON settings for Slack payloads: snake_case names, nulls omitted.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
