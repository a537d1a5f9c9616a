using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>Interaction payloads shaped like Discord's, built per test.</summary>
internal static class DiscordPayloads
{
    public const string UserId = "53908232506183680";
    public const string Token = "interaction-token-abc";

    public static string Command(string name, IReadOnlyDictionary<string, object>? options = null, string userId = UserId, string? roleId = null)
    {
        var list = new JsonArray();
        foreach (var (key, value) in options ?? new Dictionary<string, object>())
        {
            list.Add(new JsonObject { ["name"] = key, ["type"] = value is bool ? 5 : 3, ["value"] = JsonValue.Create(value) });
        }

        return Interaction(2, new JsonObject { ["id"] = "771825006014889984", ["name"] = name, ["type"] = 1, ["options"] = list }, userId, roleId);
    }

    public static string MessageCommand(string content)
    {
        var data = new JsonObject
        {
            ["id"] = "866818195033292851",
            ["name"] = "Fact-check this message",
            ["type"] = 3,
            ["target_id"] = "867793854505943041",
            ["resolved"] = new JsonObject
            {
                ["messages"] = new JsonObject { ["867793854505943041"] = new JsonObject { ["id"] = "867793854505943041", ["content"] = content } },
            },
        };
        return Interaction(2, data, UserId, null);
    }

    public static string Button(string customId) =>
        Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, UserId, null);

    public static string Autocomplete(string command, string option, string typed) =>
        Interaction(4, new JsonObject
        {
            ["id"] = "1",
            ["name"] = command,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
        }, UserId, null);

    private static string Interaction(int type, JsonObject data, string userId, string? roleId) =>
        new JsonObject
        {
            ["id"] = "786008729715212338",
            ["application_id"] = DiscordTestHost.ApplicationId,
            ["type"] = type,
            ["token"] = Token,
            ["version"] = 1,
            ["guild_id"] = "290926798626357999",
            ["channel_id"] = "645027906669510667",
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId, ["username"] = "mason" },
                ["roles"] = roleId is null ? new JsonArray() : new JsonArray(roleId),
                ["permissions"] = "2147483647",
            },
            ["locale"] = "en-US",
            ["data"] = data,
        }.ToJsonString();
}
