using System.Text.RegularExpressions;
using ClaimBot.Platforms.Discord;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>Signed interactions through Kestrel, the real engine and SQLite store, a slow phraser, and a fake Discord API.</summary>
public sealed partial class DiscordEngineEndToEndTests
{
    private static readonly int[] VerdictColors = [DiscordVerdictStyle.Green, DiscordVerdictStyle.Red, DiscordVerdictStyle.Orange, DiscordVerdictStyle.Grey];

    [Fact]
    public async Task Ask_SlowPhraser_AcknowledgesWithType5ThenEditsInCitedAnswer()
    {
        await using var engine = await DiscordEngineHost.StartAsync();

        var response = await engine.Host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "who was invited to Astana?" }));
        var edit = await engine.Host.Api.WaitForAsync(r => r.Method is "PATCH" or "POST");

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.True(engine.Phraser.Calls > 0);
        Assert.Equal("PATCH", edit.Method);
        Assert.Matches(Marker(), edit.Json!["content"]!.GetValue<string>());
        var fields = edit.Json["embeds"]!.AsArray().SelectMany(e => e!["fields"]!.AsArray()).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.StartsWith("> ", f!["value"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.All(engine.Host.Api.Requests, r => DiscordAssert.MentionSafe(r.Json));
    }

    [Fact]
    public async Task FactCheckMessage_RealEngine_EditsInAColouredVerdict()
    {
        await using var engine = await DiscordEngineHost.StartAsync();

        var response = await engine.Host.InteractAsync(DiscordPayloads.MessageCommand("Russia, Turkey and Iran support new peace talks in Geneva."));
        var message = response["type"]!.GetValue<int>() == 4 ? response["data"] : (await engine.Host.Api.WaitForAsync(r => r.Method is "PATCH" or "POST")).Json;

        Assert.Contains(message!["embeds"]![0]!["color"]!.GetValue<int>(), VerdictColors);
        DiscordAssert.MentionSafe(message);
        DiscordAssert.WithinLimits(message);
    }

    [Fact]
    public async Task Compare_RealEngine_ShowsSourcesWithinLimits()
    {
        await using var engine = await DiscordEngineHost.StartAsync();

        var response = await engine.Host.InteractAsync(DiscordPayloads.Command("compare", new Dictionary<string, object> { ["topic"] = "Astana" }));
        var message = response["type"]!.GetValue<int>() == 4 ? response["data"] : (await engine.Host.Api.WaitForAsync(r => r.Method is "PATCH" or "POST")).Json;

        Assert.Null(message!["flags"]);
        Assert.NotEmpty(message["embeds"]!.AsArray());
        DiscordAssert.MentionSafe(message);
        DiscordAssert.WithinLimits(message);
    }

    [Fact]
    public async Task Reload_AdminUser_EditsInTheReloadResult()
    {
        await using var engine = await DiscordEngineHost.StartAsync(load: false);

        var response = await engine.Host.InteractAsync(DiscordPayloads.Command("reload", userId: DiscordTestHost.AdminUserId));
        var final = await engine.Host.Api.WaitForAsync(r => r.Body.Contains("Reload finished", StringComparison.Ordinal));
        var sources = await engine.Host.InteractAsync(DiscordPayloads.Command("sources"));

        Assert.Equal(5, response["type"]!.GetValue<int>());
        var strings = DiscordAssert.Strings(final.Json).ToList();
        Assert.Contains(strings, s => s.StartsWith("Added (", StringComparison.Ordinal) && !s.StartsWith("Added (0)", StringComparison.Ordinal));
        Assert.Equal(4, sources["type"]!.GetValue<int>());
        Assert.Contains("Sources (3)", DiscordAssert.Strings(sources["data"]));
        DiscordAssert.MentionSafe(sources["data"]);
        Assert.All(engine.Host.Api.Requests, r => DiscordAssert.MentionSafe(r.Json));
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}
