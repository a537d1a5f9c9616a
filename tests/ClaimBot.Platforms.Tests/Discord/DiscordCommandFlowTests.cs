using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Discord;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordCommandFlowTests
{
    private static readonly string Original = $"webhooks/{DiscordTestHost.ApplicationId}/{DiscordPayloads.Token}/messages/@original";

    [Fact]
    public async Task Ask_AnswerReadyInTime_RespondsInlineWithCitations()
    {
        var answer = DiscordSamples.Answer();
        var runner = new ScriptedCommandRunner { Script = (r, _, _) => Task.FromResult(new ChatReply(r.Kind, Answer: answer)) };
        await using var host = await DiscordTestHost.StartAsync(runner);

        var response = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "who was invited to Astana?" }));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Contains("[1]", response["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(DiscordAssert.Strings(response["data"]!["embeds"]), s => s.Contains(answer.Citations[0].Quote, StringComparison.Ordinal));
        DiscordAssert.MentionSafe(response["data"]);
        var asked = Assert.Single(runner.Requests);
        Assert.Equal(new ChatRequest(ChatCommandKind.Ask, "who was invited to Astana?", DiscordPayloads.UserId, "discord", false), asked);
    }

    [Fact]
    public async Task Ask_SlowAnswer_DefersThenEditsOriginal()
    {
        var runner = new ScriptedCommandRunner
        {
            Script = async (r, _, ct) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                return new ChatReply(r.Kind, Answer: DiscordSamples.Answer());
            },
        };
        await using var host = await DiscordTestHost.StartAsync(runner, o => o.InlineBudget = TimeSpan.FromMilliseconds(50));

        var response = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q" }));
        var edit = await host.Api.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Null(response["data"]?["flags"]);
        Assert.Equal(Original, edit.Route);
        Assert.Empty(edit.Authorization);
        Assert.Contains("[1]", edit.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        DiscordAssert.MentionSafe(edit.Json);
    }

    [Fact]
    public async Task Ask_PrivateAndSlow_DefersEphemerally()
    {
        var runner = new ScriptedCommandRunner
        {
            Script = async (r, _, ct) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
                return new ChatReply(r.Kind, Answer: DiscordSamples.Answer());
            },
        };
        await using var host = await DiscordTestHost.StartAsync(runner, o => o.InlineBudget = TimeSpan.FromMilliseconds(50));

        var response = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q", ["private"] = true }));
        var edit = await host.Api.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Equal(DiscordMessage.EphemeralFlag, response["data"]!["flags"]!.GetValue<int>());
        Assert.Null(edit.Json!["flags"]);
    }

    [Fact]
    public async Task Ask_FailsAfterDeferral_ReplacesThinkingWithEphemeralError()
    {
        var runner = new ScriptedCommandRunner
        {
            Script = async (_, _, ct) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), ct);
                throw new InvalidOperationException("engine broke");
            },
        };
        await using var host = await DiscordTestHost.StartAsync(runner, o => o.InlineBudget = TimeSpan.FromMilliseconds(50));

        var response = await host.InteractAsync(DiscordPayloads.Command("factcheck", new Dictionary<string, object> { ["statement"] = "s" }));
        var followUp = await host.Api.WaitForAsync(r => r.Method == "POST");

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Equal("DELETE", host.Api.Requests.First().Method);
        Assert.Equal(DiscordMessage.EphemeralFlag, followUp.Json!["flags"]!.GetValue<int>());
        Assert.Contains("went wrong", followUp.Json["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("engine broke", followUp.Body, StringComparison.Ordinal);
        DiscordAssert.MentionSafe(followUp.Json);
    }

    [Fact]
    public async Task Compare_FailsInline_RespondsWithEphemeralError()
    {
        var runner = new ScriptedCommandRunner { Script = (_, _, _) => throw new InvalidOperationException("boom") };
        await using var host = await DiscordTestHost.StartAsync(runner);

        var response = await host.InteractAsync(DiscordPayloads.Command("compare", new Dictionary<string, object> { ["topic"] = "t" }));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(DiscordMessage.EphemeralFlag, response["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("went wrong", response["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_NotAnAdmin_IsRefusedEphemerally()
    {
        var runner = new ScriptedCommandRunner();
        await using var host = await DiscordTestHost.StartAsync(runner);

        var response = await host.InteractAsync(DiscordPayloads.Command("reload"));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(DiscordMessage.EphemeralFlag, response["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("admins", response["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(runner.Requests);
    }

    [Fact]
    public async Task Reload_AdminRole_DefersShowsProgressThenResult()
    {
        FakeDiscordApi? api = null;
        var runner = new ScriptedCommandRunner
        {
            Script = async (r, progress, ct) =>
            {
                for (var i = 0; i < 200 && !api!.Requests.Any(q => q.Body.Contains("Reloading sources", StringComparison.Ordinal)); i++)
                {
                    progress!.Report(new ReloadProgress(i % 3, 3, "file.txt"));
                    await Task.Delay(20, ct);
                }

                var result = new ReloadResult(true, 7, ["new.txt"], [], ["old.txt"], ["a.txt"], [new SkippedSource("bin.dat", "binary file")], 10, 12, TimeSpan.FromSeconds(1.5));
                return new ChatReply(r.Kind, Reload: result);
            },
        };
        await using var host = await DiscordTestHost.StartAsync(runner);
        api = host.Api;

        var response = await host.InteractAsync(DiscordPayloads.Command("reload", roleId: DiscordTestHost.AdminRoleId));
        var final = await host.Api.WaitForAsync(r => r.Body.Contains("Reload finished", StringComparison.Ordinal));

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.True(Assert.Single(runner.Requests).IsAdmin);
        Assert.Contains(host.Api.Requests, r => r.Method == "PATCH" && r.Body.Contains("Reloading sources", StringComparison.Ordinal));
        Assert.Same(final, host.Api.Requests.Last());
        var strings = DiscordAssert.Strings(final.Json).ToList();
        Assert.Contains("7", strings);
        Assert.Contains("10 → 12", strings);
        Assert.Contains(strings, s => s.Contains("bin.dat: binary file", StringComparison.Ordinal));
        Assert.All(host.Api.Requests, r => DiscordAssert.MentionSafe(r.Json));
    }

    [Fact]
    public async Task MessageCommand_ChecksTheTargetMessageText()
    {
        var runner = new ScriptedCommandRunner { Script = (r, _, _) => Task.FromResult(new ChatReply(r.Kind, Check: DiscordSamples.Check(Core.Answering.VerdictKind.Refuted))) };
        await using var host = await DiscordTestHost.StartAsync(runner);

        var response = await host.InteractAsync(DiscordPayloads.MessageCommand("The US was invited to Astana"));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        var request = Assert.Single(runner.Requests);
        Assert.Equal(ChatCommandKind.Check, request.Kind);
        Assert.Equal("The US was invited to Astana", request.Text);
        Assert.Equal(DiscordVerdictStyle.Red, response["data"]!["embeds"]![0]!["color"]!.GetValue<int>());
    }
}
