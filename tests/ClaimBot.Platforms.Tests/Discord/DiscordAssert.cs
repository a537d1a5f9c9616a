using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>Assertions shared by the Discord tests.</summary>
internal static class DiscordAssert
{
    /// <summary>The message body carries allowed_mentions {"parse": []} and no raw @everyone/@here.</summary>
    public static void MentionSafe(JsonNode? message)
    {
        Assert.NotNull(message);
        var parse = message!["allowed_mentions"]?["parse"]?.AsArray();
        Assert.NotNull(parse);
        Assert.Empty(parse!);
        foreach (var text in Strings(message))
        {
            Assert.DoesNotContain("@everyone", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@here", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Every string value in the JSON tree.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>The message respects Discord's documented size limits.</summary>
    public static void WithinLimits(JsonNode message)
    {
        Assert.True((message["content"]?.GetValue<string>().Length ?? 0) <= 2000);
        var embeds = message["embeds"]?.AsArray() ?? [];
        Assert.True(embeds.Count <= 10);
        var total = 0;
        foreach (var embed in embeds)
        {
            var title = embed!["title"]?.GetValue<string>() ?? string.Empty;
            var description = embed["description"]?.GetValue<string>() ?? string.Empty;
            var footer = embed["footer"]?["text"]?.GetValue<string>() ?? string.Empty;
            var fields = embed["fields"]?.AsArray() ?? [];
            Assert.True(title.Length <= 256);
            Assert.True(description.Length <= 4096);
            Assert.True(footer.Length <= 2048);
            Assert.True(fields.Count <= 25);
            total += title.Length + description.Length + footer.Length;
            foreach (var field in fields)
            {
                var name = field!["name"]!.GetValue<string>();
                var value = field["value"]!.GetValue<string>();
                Assert.InRange(name.Length, 1, 256);
                Assert.InRange(value.Length, 1, 1024);
                total += name.Length + value.Length;
            }
        }

        Assert.True(total <= 6000, $"embed total {total} > 6000");
    }
}
