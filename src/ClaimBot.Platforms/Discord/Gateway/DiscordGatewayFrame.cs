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

    /// <summary>
    /// The payload in <paramref name="root"/> (parsed by <see cref="Inbound.InboundFrameReader"/>, so its strings decode),
    /// or null when it has no numeric <c>op</c>. The data is cloned: the frame outlives the document.
    /// </summary>
    public static DiscordGatewayFrame? From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op) || !op.TryGetInt32(out var code))
        {
            return null;
        }

        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        var sequence = root.TryGetProperty("s", out var s) && s.TryGetInt64(out var n) ? n : (long?)null;
        return new DiscordGatewayFrame(code, data, sequence, Text(root, "t"));
    }

    /// <summary>A string property of an object, or null when it is missing or not a string (Discord payloads vary).</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

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
