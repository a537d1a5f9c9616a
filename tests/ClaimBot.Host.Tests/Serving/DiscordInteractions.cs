using System.Text.Json.Nodes;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>Discord interaction payloads shaped like Discord's.</summary>
internal static class DiscordInteractions
{
    public const string Token = "interaction-token-host";

    public static string Ask(string question, string token = Token) => new JsonObject
    {
        ["id"] = "786008729715212338",
        ["application_id"] = ServeTestHost.DiscordApplicationId,
        ["type"] = 2,
        ["token"] = token,
        ["version"] = 1,
        ["guild_id"] = "290926798626357999",
        ["channel_id"] = "645027906669510667",
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "53908232506183680", ["username"] = "mason" },
            ["roles"] = new JsonArray(),
            ["permissions"] = "0",
        },
        ["locale"] = "en-US",
        ["data"] = new JsonObject
        {
            ["id"] = "771825006014889984",
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
        },
    }.ToJsonString();

    public static string Ping() => new JsonObject { ["id"] = "1", ["application_id"] = ServeTestHost.DiscordApplicationId, ["type"] = 1, ["token"] = Token, ["version"] = 1 }.ToJsonString();
}
