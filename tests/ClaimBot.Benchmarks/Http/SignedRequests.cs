using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Slack;
using NSec.Cryptography;

namespace ClaimBot.Benchmarks.Http;

/// <summary>Builds requests signed the way Discord (Ed25519 over timestamp + body) and Slack (HMAC-SHA256 v0) sign them, with a key made per run.</summary>
internal sealed class SignedRequests(Uri baseAddress) : IDisposable
{
    public const string ApplicationId = "123456789012345678";
    public const string SlackSigningSecret = "bench-signing-secret-0123456789abcdef";

    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string DiscordPublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public SignedRequest DiscordPing(int id) =>
        Discord(new JsonObject { ["id"] = Id(id), ["application_id"] = ApplicationId, ["type"] = 1, ["token"] = "t" + id, ["version"] = 1 });

    public SignedRequest DiscordCommand(int id, string command, string option, string text) => Discord(new JsonObject
    {
        ["id"] = Id(id),
        ["application_id"] = ApplicationId,
        ["type"] = 2,
        ["token"] = "bench-token-" + id,
        ["version"] = 1,
        ["guild_id"] = "290926798626357999",
        ["channel_id"] = "645027906669510667",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "53908232506183680", ["username"] = "bench" }, ["roles"] = new JsonArray() },
        ["data"] = new JsonObject
        {
            ["id"] = "771825006014889984",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = text }),
        },
    });

    public SignedRequest SlackCommand(int id, string command, string text)
    {
        var responseUrl = new Uri(baseAddress, "fake-response/" + id.ToString(CultureInfo.InvariantCulture)).ToString();
        var body = "token=legacy&team_id=T0001&channel_id=C2147483705&user_id=U2147483697&user_name=bench"
            + "&command=" + Uri.EscapeDataString(command) + "&text=" + Uri.EscapeDataString(text)
            + "&response_url=" + Uri.EscapeDataString(responseUrl) + "&trigger_id=13345224609.738474920.8088930838d88f008e0";
        var timestamp = Now();
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = Encoding.ASCII.GetString(SlackSignatureVerifier.Compute(SlackSigningSecret, timestamp, bytes));
        return new SignedRequest("slack/commands", bytes, "application/x-www-form-urlencoded",
            [("X-Slack-Request-Timestamp", timestamp), ("X-Slack-Signature", signature)]);
    }

    public void Dispose() => _key.Dispose();

    private SignedRequest Discord(JsonObject payload)
    {
        var body = payload.ToJsonString();
        var timestamp = Now();
        var signature = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));
        return new SignedRequest("discord/interactions", Encoding.UTF8.GetBytes(body), "application/json",
            [("X-Signature-Ed25519", signature), ("X-Signature-Timestamp", timestamp)]);
    }

    private static string Id(int id) => (786008729715212338L + id).ToString(CultureInfo.InvariantCulture);

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
