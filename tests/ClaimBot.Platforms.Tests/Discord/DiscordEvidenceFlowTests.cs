using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordEvidenceFlowTests
{
    [Fact]
    public async Task Ask_ManyLongCitations_TrimsAndButtonShowsAllEvidence()
    {
        var answer = DiscordSamples.Answer(citations: 30, quoteLength: 600);
        var runner = new ScriptedCommandRunner { Script = (r, _, _) => Task.FromResult(new ChatReply(r.Kind, Answer: answer)) };
        await using var host = await DiscordTestHost.StartAsync(runner);
        var reply = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q" }));
        var customId = reply["data"]!["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();

        var shown = await host.InteractAsync(DiscordPayloads.Button(customId));
        await host.Api.WaitUntilAsync(calls => answer.Citations.All(c => calls.Any(r => r.Body.Contains($"Quote {c.N}:", StringComparison.Ordinal)) || shown.ToJsonString().Contains($"Quote {c.N}:", StringComparison.Ordinal)));

        DiscordAssert.WithinLimits(reply["data"]!);
        Assert.True(customId.Length <= 100);
        Assert.Equal(4, shown["type"]!.GetValue<int>());
        Assert.Equal(64, shown["data"]!["flags"]!.GetValue<int>());
        DiscordAssert.WithinLimits(shown["data"]!);
        var pages = new[] { shown["data"]! }.Concat(host.Api.Requests.Where(r => r.Method == "POST").Select(r => r.Json!)).ToList();
        var allText = pages.SelectMany(DiscordAssert.Strings).ToList();
        Assert.All(answer.Citations, c => Assert.Contains(allText, s => s.Contains(c.Quote, StringComparison.Ordinal)));
        Assert.All(pages, DiscordAssert.MentionSafe);
        Assert.All(host.Api.Requests, r => Assert.Equal(64, r.Json!["flags"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Button_UnknownEvidenceKey_SaysItIsNoLongerAvailable()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());

        var response = await host.InteractAsync(DiscordPayloads.Button("claimbot:evidence:doesnotexist"));

        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("no longer available", response["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_SourceQuotesEveryone_NoOutboundBodyCanPing()
    {
        var answer = DiscordSamples.Answer(citations: 3, quoteTail: " @everyone @here <@&222222222222222222> read this.") with { Text = "@everyone was told [1]." };
        var runner = new ScriptedCommandRunner
        {
            Script = async (r, _, ct) =>
            {
                await Task.Delay(300, ct);
                return new ChatReply(r.Kind, Answer: answer);
            },
        };
        await using var host = await DiscordTestHost.StartAsync(runner, o => o.InlineBudget = TimeSpan.FromMilliseconds(20));

        var deferred = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q" }));
        var edit = await host.Api.WaitForAsync(r => r.Method == "PATCH");
        var inline = await host.InteractAsync(DiscordPayloads.Command("sources"));

        DiscordAssert.MentionSafe(deferred["data"]);
        DiscordAssert.MentionSafe(edit.Json);
        DiscordAssert.MentionSafe(inline["data"]);
        Assert.Contains(DiscordAssert.Strings(edit.Json), s => s.Contains("@\u200Beveryone", StringComparison.Ordinal));
    }
}
