using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>One Gateway payload: opcode, data, sequence and event name; plus the payloads ClaimBot sends.</summary>
internal sealed record DiscordGatewayFrame(int Op, JsonElement Data, long? Sequence, string? Type)
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;

    /// <exception cref="JsonException">Not a Gateway payload.</exception>
    public static DiscordGatewayFrame Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op) || !op.TryGetInt32(out var code))
        {
            throw new JsonException("A Gateway payload needs a numeric 'op'.");
        }

        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        var sequence = root.TryGetProperty("s", out var s) && s.TryGetInt64(out var n) ? n : (long?)null;
        var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new DiscordGatewayFrame(code, data, sequence, type);
    }

    public static string HeartbeatPayload(long? sequence) =>
        new JsonObject { ["op"] = Heartbeat, ["d"] = sequence is { } s ? JsonValue.Create(s) : null }.ToJsonString();

    public static string IdentifyPayload(string token, int intents) => new JsonObject
    {
        ["op"] = Identify,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = OperatingSystem.IsWindows() ? "windows" : "linux", ["browser"] = "claimbot", ["device"] = "claimbot" },
        },
    }.ToJsonString();

    public static string ResumePayload(string token, string sessionId, long? sequence) => new JsonObject
    {
        ["op"] = Resume,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = sessionId, ["seq"] = sequence is { } s ? JsonValue.Create(s) : null },
    }.ToJsonString();
}
