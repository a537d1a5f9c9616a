using System.Text.Json;

namespace ClaimBot.Platforms.Slack;

/// <summary>Defensive reads from Slack payloads, which vary between doc examples, SDK fixtures and live traffic.</summary>
internal static class SlackJsonElementExtensions
{
    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;
}
