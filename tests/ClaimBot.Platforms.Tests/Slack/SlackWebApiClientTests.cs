using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackWebApiClientTests
{
    private static readonly SlackMessage Message = new("fallback", [new JsonObject { ["type"] = "divider" }]);

    [Fact]
    public async Task PostMessageAsync_Ok_SendsBearerTokenAndThreadedJson()
    {
        var stub = new StubHttpHandler(() => Json("""{"ok":true,"ts":"9.9"}"""));
        var client = Create(stub);

        var result = await client.PostMessageAsync("C1", "1.0", Message, Origin, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal("9.9", result.Ts);
        var (request, body) = Assert.Single(stub.Requests);
        Assert.Equal("https://slack.test/api/chat.postMessage", request.RequestUri!.ToString());
        Assert.Equal("Bearer", request.Headers.Authorization!.Scheme);
        Assert.Equal("xoxb-test", request.Headers.Authorization.Parameter);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("1.0", (string?)json["thread_ts"]);
        Assert.Equal("fallback", (string?)json["text"]);
        Assert.DoesNotContain("xoxb", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessageAsync_OkFalse_ReturnsSlackError()
    {
        var client = Create(new StubHttpHandler(() => Json("""{"ok":false,"error":"not_in_channel"}""")));

        var result = await client.PostMessageAsync("C1", null, Message, Origin, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("not_in_channel", result.Error);
    }

    [Fact]
    public async Task PostMessageAsync_RateLimitedOnce_RetriesAfterRetryAfter()
    {
        var stub = new StubHttpHandler(() => RateLimited(0), () => Json("""{"ok":true,"ts":"1.1"}"""));
        var client = Create(stub);

        var result = await client.PostMessageAsync("C1", null, Message, Origin, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task PostMessageAsync_AlwaysRateLimited_GivesUpAfterBoundedRetries()
    {
        var stub = new StubHttpHandler(() => RateLimited(0));
        var client = Create(stub, maxRetries: 2);

        var result = await client.PostMessageAsync("C1", null, Message, Origin, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("HTTP 429", result.Error);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task PostAsync_ResponseUrl_SendsVisibilityWithoutToken()
    {
        var stub = new StubHttpHandler(() => new HttpResponseMessage(HttpStatusCode.OK));
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-test" });
        var client = new SlackResponseUrlClient(new HttpClient(stub), Sender(), options, NullLogger<SlackResponseUrlClient>.Instance);

        var result = await client.PostAsync("https://hooks.slack.test/r/1", Origin, Message, SlackVisibility.InChannel, CancellationToken.None);

        Assert.True(result.Ok);
        var (request, body) = Assert.Single(stub.Requests);
        Assert.Null(request.Headers.Authorization);
        Assert.Equal("in_channel", (string?)JsonNode.Parse(body)!["response_type"]);
    }

    private static SlackWebApiClient Create(StubHttpHandler stub, int maxRetries = 3)
    {
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = "https://slack.test/api/", MaxRateLimitRetries = maxRetries });
        return new SlackWebApiClient(new HttpClient(stub), Sender(), options, Options.Create(new DeliveryOptions()), NullLogger<SlackWebApiClient>.Instance);
    }

    private static SlackOrigin Origin => new("Ev1", DateTimeOffset.UtcNow);

    private static ResilientSender Sender() =>
        new(TimeProvider.System, Options.Create(new DeliveryOptions { BaseDelay = TimeSpan.FromMilliseconds(1) }), NullLogger<ResilientSender>.Instance);

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage RateLimited(int seconds)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("""{"ok":false,"error":"ratelimited"}""") };
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }
}
