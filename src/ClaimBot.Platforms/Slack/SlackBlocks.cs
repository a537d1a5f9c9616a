using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Slack;

/// <summary>Block Kit building blocks and Slack's documented limits. Text passed in is already escaped mrkdwn.</summary>
internal static class SlackBlocks
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxContextElements = 10;
    public const int MaxContextText = 2000;
    public const int MaxFallbackText = 3000;
    public const string ShowAllEvidenceActionId = "show_all_evidence";

    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(SlackMrkdwn.Truncate(mrkdwn, MaxSectionText)),
    };

    public static JsonObject Context(params string[] mrkdwnElements)
    {
        var elements = new JsonArray();
        foreach (var element in mrkdwnElements.Where(e => e.Length > 0).Take(MaxContextElements))
        {
            elements.Add(Mrkdwn(SlackMrkdwn.Truncate(element, MaxContextText)));
        }

        return new JsonObject { ["type"] = "context", ["elements"] = elements };
    }

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject ShowAllEvidenceButton(string stateKey, int count) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = ShowAllEvidenceActionId,
                ["value"] = stateKey,
                ["text"] = new JsonObject
                {
                    ["type"] = "plain_text",
                    ["text"] = $"Show all evidence ({count})",
                    ["emoji"] = true,
                },
            },
        },
    };

    /// <summary>Adds sections for escaped text split at the 3000-character limit, using at most <paramref name="maxSections"/> blocks.</summary>
    public static void AddSections(JsonArray blocks, string escaped, int maxSections)
    {
        var chunks = SlackMrkdwn.Split(escaped, MaxSectionText);
        for (var i = 0; i < chunks.Count && i < maxSections; i++)
        {
            var last = i == maxSections - 1 && chunks.Count > maxSections;
            blocks.Add(Section(last ? SlackMrkdwn.Truncate(chunks[i] + " …", MaxSectionText) : chunks[i]));
        }
    }

    public static string Fallback(string escaped) =>
        SlackMrkdwn.Truncate(escaped.Length == 0 ? "ClaimBot" : escaped, MaxFallbackText);

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text.Length == 0 ? " " : text };
}
