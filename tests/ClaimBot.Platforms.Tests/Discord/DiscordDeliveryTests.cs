using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordDeliveryTests
{
    [Fact]
    public async Task DeferredAnswers_ApiDropsEveryThirdConnection_EveryEditArrives()
    {
        const int Questions = 24;
        await using var host = await StartAsync();
        host.Api.DropEvery = 3;

        for (var i = 0; i < Questions; i++)
        {
            var response = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q" + i }));
            Assert.Equal(5, response["type"]!.GetValue<int>());
        }

        await host.Api.WaitUntilAsync(calls => Edits(calls).Count == Questions);

        Assert.True(host.Api.Dropped >= Questions / 3, $"the fake dropped {host.Api.Dropped} connections");
        Assert.Equal(Enumerable.Range(0, Questions).Select(i => "answer to q" + i).Order(), Edits(host.Api.Requests.ToList()).Order());
    }

    [Fact]
    public async Task DeferredAnswer_EditRefused_ThinkingIsReplacedByAnApology()
    {
        await using var host = await StartAsync();
        host.Api.FailNext(1, 400);

        await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "q" }));
        var apology = await host.Api.WaitForAsync(r => r.Method == "PATCH", count: 2);

        Assert.Equal(DiscordCommandHandler.ApologyText, apology.Json!["content"]!.GetValue<string>());
        Assert.Equal(2, host.Api.Requests.Count);
    }

    private static List<string> Edits(IReadOnlyList<RecordedRequest> calls) =>
        calls.Where(c => c.Method == "PATCH").Select(c => c.Json!["content"]!.GetValue<string>()).Distinct().ToList();

    private static Task<DiscordTestHost> StartAsync()
    {
        var runner = new ScriptedCommandRunner
        {
            Script = async (r, _, ct) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
                return new ChatReply(r.Kind, Notice: "answer to " + r.Text);
            },
        };
        return DiscordTestHost.StartAsync(
            runner,
            o => o.InlineBudget = TimeSpan.Zero,
            s => s.Configure<DeliveryOptions>(o =>
            {
                // Short real delays: the test counts deliveries, it does not time them.
                o.BaseDelay = TimeSpan.FromMilliseconds(5);
                o.MaxDelay = TimeSpan.FromMilliseconds(50);
            }));
    }
}
