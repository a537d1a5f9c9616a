using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimBot.Core.Reloading;

/// <summary>JSON shape of reload results (camelCase, durations in milliseconds as numbers via <see cref="ReloadResult"/>'s TimeSpan as "c" text).</summary>
public static class ReloadJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
