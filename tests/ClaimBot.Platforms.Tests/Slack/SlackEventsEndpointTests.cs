using System.Net;
using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackEventsEndpointTests : IAsyncLifetime
{
    private readonly ScriptedSlackRunner _runner = new();
    private FakeSlackServer _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _app = await SlackTestApp.StartWithFakesAsync(_slack, _runner);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Events_UrlVerification_ReturnsChallenge()
    {
        var response = await _app.PostSignedAsync("/slack/events", SlackFixtures.Text("url_verification.json"), "application/json");

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)json["challenge"]);
    }

    [Fact]
    public async Task Events_AppMentionRetriedWithSameEventId_PostsOnceInThread()
    {
        var first = await _app.PostSignedAsync("/slack/events", Mention("Ev1", "100.1", "who was invited?"), "application/json");
        var retry = await _app.PostSignedAsync("/slack/events", Mention("Ev1", "100.1", "who was invited?"), "application/json", retryNum: 1);
        await _app.PostSignedAsync("/slack/events", Mention("Ev2", "200.2", "who else?"), "application/json");

        var posts = new[] { await _slack.NextPostMessageAsync(), await _slack.NextPostMessageAsync() };

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(["100.1", "200.2"], posts.Select(p => (string?)p.Body["thread_ts"]).Order());
        Assert.Equal(2, _slack.PostMessageCalls);
        Assert.All(posts, p => Assert.Equal("Bearer xoxb-test-token", p.Authorization));
        Assert.All(posts, p => Assert.Equal("C1", (string?)p.Body["channel"]));
        Assert.Equal(["who else?", "who was invited?"], _runner.Requests.Select(r => r.Text).Order());
    }

    [Fact]
    public async Task Events_ChatPostMessageRateLimited_RetriesAfterRetryAfter()
    {
        _slack.PostMessageScript.Enqueue((429, """{"ok":false,"error":"ratelimited"}""", 0));

        await _app.PostSignedAsync("/slack/events", Mention("Ev3", "300.3", "q"), "application/json");
        var limited = await _slack.NextPostMessageAsync();
        var retried = await _slack.NextPostMessageAsync();

        Assert.True(limited.Rejected);
        Assert.False(retried.Rejected);
        Assert.Equal("300.3", (string?)retried.Body["thread_ts"]);
    }

    [Fact]
    public async Task Events_BotMessage_IsIgnored()
    {
        var body = """{"type":"event_callback","event_id":"Ev4","event":{"type":"app_mention","bot_id":"B1","user":"U1","text":"<@UBOT> hi","ts":"1.0","channel":"C1"}}""";

        var response = await _app.PostSignedAsync("/slack/events", body, "application/json");
        await _app.PostSignedAsync("/slack/events", Mention("Ev5", "500.5", "real question"), "application/json");
        var post = await _slack.NextPostMessageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("500.5", (string?)post.Body["thread_ts"]);
        Assert.Equal("real question", Assert.Single(_runner.Requests).Text);
    }

    [Fact]
    public async Task Events_MalformedJson_Returns400WithMessage()
    {
        var response = await _app.PostSignedAsync("/slack/events", "{not json", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_BadSignature_Returns401()
    {
        var response = await _app.PostSignedAsync("/slack/events", SlackFixtures.Text("url_verification.json"), "application/json", signature: "v0=deadbeef");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static string Mention(string eventId, string ts, string question) => new JsonObject
    {
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["authorizations"] = new JsonArray { new JsonObject { ["user_id"] = "UBOT", ["is_bot"] = true } },
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U1",
            ["text"] = $"<@UBOT> {question}",
            ["ts"] = ts,
            ["channel"] = "C1",
        },
    }.ToJsonString();
}
