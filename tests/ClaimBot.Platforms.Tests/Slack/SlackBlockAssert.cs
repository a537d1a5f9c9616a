using System.Text.Json.Nodes;
using ClaimBot.Platforms.Slack;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>Structural checks every Slack message must pass: Block Kit limits, a fallback text, and no live mentions or links.</summary>
internal static class SlackBlockAssert
{
    public static void WithinLimits(SlackMessage message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message.Text));
        Assert.True(message.Text.Length <= 4000);
        var blocks = message.Blocks ?? [];
        Assert.True(blocks.Count <= 50, $"{blocks.Count} blocks");
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            switch ((string?)block["type"])
            {
                case "section":
                    var text = (string)block["text"]!["text"]!;
                    Assert.InRange(text.Length, 1, 3000);
                    break;
                case "context":
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, 10);
                    break;
            }
        }
    }

    /// <summary>Every piece of text, fallback included.</summary>
    public static IEnumerable<string> Texts(SlackMessage message)
    {
        yield return message.Text;
        foreach (var node in Descendants(message.Blocks ?? []))
        {
            if (node is JsonObject obj && obj["text"] is JsonValue value && value.TryGetValue<string>(out var s))
            {
                yield return s;
            }
        }
    }

    public static void NoLiveMentionsOrLinks(SlackMessage message)
    {
        foreach (var text in Texts(message))
        {
            Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<@", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<http", text, StringComparison.Ordinal);
            Assert.DoesNotContain("& ", text, StringComparison.Ordinal);
        }
    }

    public static JsonObject? Button(SlackMessage message) =>
        Descendants(message.Blocks ?? []).OfType<JsonObject>().FirstOrDefault(o => (string?)o["type"] == "button");

    public static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.Where(c => c is not null))
        {
            foreach (var d in Descendants(child!))
            {
                yield return d;
            }
        }
    }
}
