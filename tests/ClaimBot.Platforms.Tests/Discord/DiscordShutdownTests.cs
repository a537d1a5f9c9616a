using ClaimBot.Platforms.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordShutdownTests
{
    [Fact]
    public async Task Stop_WhileDeferredReplyRuns_StillDeliversTheReply()
    {
        var release = new TaskCompletionSource();
        var runner = new ScriptedCommandRunner
        {
            Script = async (r, _, ct) =>
            {
                await release.Task.WaitAsync(ct);
                return new ChatReply(r.Kind, Answer: DiscordSamples.Answer());
            },
        };
        await using var host = await DiscordTestHost.StartAsync(runner, o => o.InlineBudget = TimeSpan.FromMilliseconds(20));
        var response = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q" }));

        var stopping = host.StopAsync();
        release.SetResult();
        await stopping;

        Assert.Equal(5, response["type"]!.GetValue<int>());
        var edit = Assert.Single(host.Api.Requests);
        Assert.Equal("PATCH", edit.Method);
        Assert.Contains("[1]", edit.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_ShutdownTimeoutExpires_TellsTheUserToTryAgain()
    {
        var runner = new ScriptedCommandRunner
        {
            Script = async (r, _, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return new ChatReply(r.Kind);
            },
        };
        await using var host = await DiscordTestHost.StartAsync(
            runner,
            o => o.InlineBudget = TimeSpan.FromMilliseconds(20),
            s => s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200)));
        await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q" }));

        await host.StopAsync();

        var followUp = await host.Api.WaitForAsync(r => r.Method == "POST");
        Assert.Contains("restarting", followUp.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(64, followUp.Json["flags"]!.GetValue<int>());
    }
}
