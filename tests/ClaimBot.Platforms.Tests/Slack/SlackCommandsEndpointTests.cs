using System.Net;
using System.Text.Json.Nodes;
using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackCommandsEndpointTests : IAsyncLifetime
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
        _runner.Gate?.Release(100);
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Commands_SignedAsk_AcksEphemeralThenPostsAnswerInChannel()
    {
        _runner.Reply = (r, _) => new ChatReply(r.Kind, Answer: SlackSamples.Answer(2, SlackSamples.HostileQuote));

        var ack = await _app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/ask", "who was invited to Astana?", _slack.ResponseUrl("a")));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var ackJson = JsonNode.Parse(await ack.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", (string?)ackJson["response_type"]);
        var posted = await _slack.NextResponseAsync();
        Assert.Equal("in_channel", (string?)posted.Body["response_type"]);
        Assert.Contains("[1]", posted.AllText, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", posted.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", posted.AllText, StringComparison.Ordinal);
        Assert.Equal("who was invited to Astana?", Assert.Single(_runner.Requests).Text);
    }

    [Fact]
    public async Task Commands_RunnerBlocked_AckArrivesBeforeWorkFinishes()
    {
        _runner.Gate = new SemaphoreSlim(0);

        var ack = await _app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/factcheck", "they were invited", _slack.ResponseUrl("slow")));
        await _runner.Entered.WaitAsync();
        var postedWhileBlocked = _slack.HasPendingResponse;
        _runner.Gate.Release();
        var posted = await _slack.NextResponseAsync();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Contains("Checking the sources", await ack.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(postedWhileBlocked);
        Assert.NotNull(posted.Body["blocks"]);
    }

    [Fact]
    public async Task Commands_NoSignature_Returns401()
    {
        using var content = new StringContent(SlackTestApp.Command("/ask", "q", _slack.ResponseUrl("x")));

        var response = await _app.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_runner.Requests);
    }

    [Fact]
    public async Task Commands_ForgedSignature_Returns401()
    {
        var response = await _app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/ask", "q", _slack.ResponseUrl("x")), signature: "v0=" + new string('0', 64));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Commands_StaleTimestamp_Returns401()
    {
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds();

        var response = await _app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/ask", "q", _slack.ResponseUrl("x")), timestamp: stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("five minutes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_HugeBody_Returns413()
    {
        var body = SlackTestApp.Command("/ask", new string('a', 300_000), _slack.ResponseUrl("x"));

        var response = await _app.PostSignedAsync("/slack/commands", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Commands_SslCheck_Returns200()
    {
        var response = await _app.PostSignedAsync("/slack/commands", SlackTestApp.Form(("ssl_check", "1"), ("token", "x")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Commands_ReloadByNonAdmin_RefusedEphemerally()
    {
        var response = await _app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/claimbot", "reload", _slack.ResponseUrl("r"), "UNOBODY"));

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", (string?)json["response_type"]);
        Assert.Contains("admins", (string?)json["text"], StringComparison.Ordinal);
        Assert.Empty(_runner.Requests);
    }

    [Fact]
    public async Task Commands_ReloadByAdmin_PostsResultEphemerally()
    {
        var result = new ReloadResult(true, 3, ["new.txt"], [], [], ["old.txt"], [new("x.bin", "binary")], 5, 9, TimeSpan.FromSeconds(1));
        _runner.Reply = (r, _) => new ChatReply(r.Kind, Reload: result);

        await _app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/claimbot", "reload", _slack.ResponseUrl("r"), SlackTestApp.AdminId));
        var posted = await _slack.NextResponseAsync();

        Assert.True(Assert.Single(_runner.Requests).IsAdmin);
        Assert.Equal("ephemeral", (string?)posted.Body["response_type"]);
        Assert.Contains("generation 3", posted.AllText, StringComparison.Ordinal);
        Assert.Contains("x.bin", posted.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_RunnerThrows_PostsEphemeralApology()
    {
        _runner.Reply = (_, _) => throw new InvalidOperationException("boom");

        await _app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/compare", "talks", _slack.ResponseUrl("e")));
        var posted = await _slack.NextResponseAsync();

        Assert.Equal("ephemeral", (string?)posted.Body["response_type"]);
        Assert.Contains("went wrong", posted.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", posted.AllText, StringComparison.Ordinal);
    }
}
