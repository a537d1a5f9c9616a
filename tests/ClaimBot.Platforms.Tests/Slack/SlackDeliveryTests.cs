using System.Net;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackDeliveryTests
{
    [Fact]
    public async Task Answers_ApiDropsEveryThirdConnection_NoAnswerIsLost()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.DropEvery = 3;
        var runner = new ScriptedSlackRunner { Reply = (r, _) => new ChatReply(r.Kind, Notice: "answer to " + r.Text) };
        await using var app = await StartAsync(slack, runner);
        const int Commands = 15;
        const int Mentions = 15;

        for (var i = 0; i < Commands; i++)
        {
            using var ack = await app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/ask", "q" + i, slack.ResponseUrl("r" + i)));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        for (var i = 0; i < Mentions; i++)
        {
            using var ack = await app.PostSignedAsync("/slack/events", SlackEventsEndpointTests.Mention("Ev" + i, i + ".0", "m" + i), "application/json");
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        var responses = new List<RecordedCall>();
        var posts = new List<RecordedCall>();
        for (var i = 0; i < Commands; i++)
        {
            responses.Add(await slack.NextResponseAsync());
        }

        for (var i = 0; i < Mentions; i++)
        {
            posts.Add(await slack.NextPostMessageAsync());
        }

        Assert.True(slack.Dropped >= (Commands + Mentions) / 3, $"the fake dropped {slack.Dropped} connections");
        Assert.Equal(Enumerable.Range(0, Commands).Select(i => "/response/r" + i).Order(), responses.Select(r => r.Path).Distinct().Order());
        Assert.All(responses, r => Assert.Contains("answer to q", r.AllText, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, Mentions).Select(i => "answer to m" + i).Order(), posts.Select(p => (string?)p.Body["text"]).Distinct().Order());
    }

    [Fact]
    public async Task ResponseUrl_SlackUnavailableBeyondTheWindow_ReportsFailureInsteadOfThrowing()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.DropEvery = 1;
        var runner = new ScriptedSlackRunner();
        await using var app = await StartAsync(slack, runner, maxAttempts: 3);
        var client = app.Services.GetRequiredService<ISlackResponseUrlClient>();

        var result = await client.PostAsync(
            slack.ResponseUrl("gone"), new SlackOrigin("trigger-9", DateTimeOffset.UtcNow), SlackReplyRenderer.Notice("hi", escape: true), SlackVisibility.Ephemeral, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Contains("3 attempt(s)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("/response/", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, slack.Dropped);
    }

    private static Task<SlackTestApp> StartAsync(FakeSlackServer slack, ScriptedSlackRunner runner, int maxAttempts = 8) =>
        SlackTestApp.StartAsync(slack, s =>
        {
            s.AddSingleton<ISlackCommandRunner>(runner);
            s.AddSingleton<IClaimStore>(new InMemorySlackStateStore());
            s.Configure<DeliveryOptions>(o =>
            {
                // Short real delays: the test counts deliveries, it does not time them.
                o.BaseDelay = TimeSpan.FromMilliseconds(5);
                o.MaxDelay = TimeSpan.FromMilliseconds(50);
                o.MaxAttempts = maxAttempts;
            });
        });
}
