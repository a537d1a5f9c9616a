using System.Net;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Slack.SocketMode;
using ClaimBot.Platforms.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Platforms.Tests.Slack.SocketMode;

/// <summary>One instance that receives the same Slack event over its socket and as an HTTP retry answers it once.</summary>
public sealed class SlackSocketAndHttpDedupeTests
{
    [Fact]
    public async Task EventRedeliveredOnTheSocketAndRetriedOverHttp_AnsweredOnce()
    {
        await using var slack = await FakeSlackSocketMode.StartAsync();
        await using var unusedApi = await FakeSlackServer.StartAsync();
        var runner = new ScriptedSlackRunner();
        var store = new InMemorySlackStateStore();
        await using var app = await SlackTestApp.StartAsync(unusedApi, s =>
        {
            s.AddSingleton<ISlackCommandRunner>(runner);
            s.AddSingleton<IClaimStore>(store);
            s.AddSlackSocketMode();
            // HTTP mode serves /slack/*; the test runs the socket client beside it, on the fake Slack's Web API.
            s.Configure<SlackOptions>(o =>
            {
                o.AppToken = SlackSocketTestHost.AppToken;
                o.ApiBaseUrl = slack.ApiBaseUrl;
            });
        });
        using var stop = new CancellationTokenSource();
        var run = app.Services.GetRequiredService<ISlackSocketModeClient>().RunAsync(stop.Token);
        var socket = await slack.NextConnectionAsync();

        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-1", "EvBoth", "first question"));
        await socket.NextAsync();
        using var httpRetry = await app.PostSignedAsync("/slack/events", SlackEventsEndpointTests.Mention("EvBoth", "77.7", "first question"), "application/json", retryNum: 1);
        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-1", "EvBoth", "first question"));
        var reAck = await socket.NextAsync();
        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-2", "EvBoth", "first question", retryAttempt: 1));
        var retryAck = await socket.NextAsync();
        using var other = await app.PostSignedAsync("/slack/events", SlackEventsEndpointTests.Mention("EvOther", "88.8", "second question"), "application/json");
        // Jobs run one at a time in order (Concurrency 1): a duplicate of the first would be answered before the second.
        await Eventually.TrueAsync(() => slack.Calls.Count(c => c.Path == "/api/chat.postMessage") >= 2);
        await stop.CancelAsync();
        await run.WaitAsync(FakeSocket.Patience);

        Assert.Equal(HttpStatusCode.OK, httpRetry.StatusCode);
        Assert.Equal("env-1", (string?)reAck["envelope_id"]);
        Assert.Equal("env-2", (string?)retryAck["envelope_id"]);
        Assert.Equal(["first question", "second question"], runner.Requests.Select(r => r.Text));
        Assert.Equal(2, slack.Calls.Count(c => c.Path == "/api/chat.postMessage"));
        Assert.NotNull(await store.GetReplyStateAsync("slack:event:EvBoth", CancellationToken.None));
    }
}
