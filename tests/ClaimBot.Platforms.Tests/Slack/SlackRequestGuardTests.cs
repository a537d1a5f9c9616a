using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Inbound;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Tests.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>Bad, abandoned, oversized and replayed Slack requests get a quiet 4xx.</summary>
public sealed class SlackRequestGuardTests : SlackEndpointBed
{
    [Fact]
    public async Task Events_LoneSurrogateEscapeInSignedJson_Is400NotAServerError()
    {
        var body = """{"type":"event_callback","event_id":"Ev\ud800","event":{"type":"app_mention","user":"U1","text":"hi","ts":"1.0","channel":"C1"}}""";

        using var response = await App.PostSignedAsync("/slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_InvalidUtf8InSignedBody_Is400()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"url_verification","challenge":"abc__"}""");
        body[^4] = 0xFF;
        body[^3] = 0xFE;

        using var response = await App.PostSignedBytesAsync("/slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactivity_LoneSurrogateInPayload_Is400()
    {
        var payload = """{"type":"block_actions","user":{"id":"U1"},"response_url":"x","actions":[{"action_id":"show_all_evidence","value":"k\udfff"}]}""";

        using var response = await App.PostSignedAsync("/slack/interactivity", SlackTestApp.InteractivityForm(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Commands_SameSignedRequestTwice_SecondIsRefusedAsAReplay()
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var body = SlackTestApp.Command("/ask", "who was invited?", Slack.ResponseUrl("once"));

        using var first = await App.PostSignedAsync("/slack/commands", body, timestamp: ts);
        using var replay = await App.PostSignedAsync("/slack/commands", body, timestamp: ts);
        await Slack.NextResponseAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Single(Runner.Requests);
    }

    [Fact]
    public async Task Commands_ReplayToAnotherInstance_IsRefusedThroughTheSharedStore()
    {
        await using var second = await SlackTestApp.StartWithFakesAsync(Slack, Runner, Store);
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var body = SlackTestApp.Command("/ask", "who was invited?", Slack.ResponseUrl("shared"));

        using var first = await App.PostSignedAsync("/slack/commands", body, timestamp: ts);
        using var replay = await second.PostSignedAsync("/slack/commands", body, timestamp: ts);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Commands_TextLongerThanSlackAllows_ExplainsEphemerallyAndRunsNothing()
    {
        var text = new string('a', SlackCommandHandler.MaxInputChars + 1);

        using var response = await App.PostSignedAsync("/slack/commands", SlackTestApp.Command("/factcheck", text, Slack.ResponseUrl("long")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        Assert.Contains(SlackCommandHandler.MaxInputChars.ToString(CultureInfo.InvariantCulture), (string?)ack["text"], StringComparison.Ordinal);
        Assert.Empty(Runner.Requests);
    }

    [Fact]
    public async Task Commands_ClientsAbandonTheirBodies_NoWarningsOnlyACounter()
    {
        using var abandoned = new MetricCollector<long>(App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), InboundMetrics.MeterName, "claimbot.requests.abandoned");

        for (var i = 0; i < 5; i++)
        {
            await AbandonedRequest.SendAsync(App.BaseAddress, "/slack/commands");
        }

        Assert.Equal(5, await MetricWait.ForAsync(abandoned, 5));
        Assert.DoesNotContain(App.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }
}
