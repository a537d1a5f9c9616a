using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>Structural checks of chat replies: citation markers and quoted sources, never seed wording.</summary>
internal static partial class ReplyAssert
{
    /// <summary>A Discord message with [n] markers in its content, a quote in an embed field and no mentions allowed.</summary>
    public static void CitedDiscordAnswer(JsonNode? message)
    {
        Assert.NotNull(message);
        Assert.Matches(Marker(), message!["content"]!.GetValue<string>());
        var fields = message["embeds"]!.AsArray().SelectMany(e => e!["fields"]?.AsArray() ?? []).ToList();
        Assert.Contains(fields, f => f!["value"]!.GetValue<string>().StartsWith("> ", StringComparison.Ordinal));
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
    }

    /// <summary>A Slack message whose first section carries [n] markers and a context block quotes a cited source.</summary>
    public static void CitedSlackAnswer(JsonNode? message)
    {
        var blocks = message!["blocks"]!.AsArray();
        var markers = Marker().Matches(blocks[0]!["text"]!["text"]!.GetValue<string>()).Select(m => m.Value).ToHashSet();
        Assert.NotEmpty(markers);
        var contexts = blocks.Where(b => b!["type"]!.GetValue<string>() == "context")
            .Select(b => b!["elements"]![0]!["text"]!.GetValue<string>())
            .ToList();
        Assert.Contains(contexts, c => markers.Any(m => c.Contains(m, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\[\d+\]")]
    public static partial Regex Marker();
}
