using System.Net;
using System.Text.Json.Nodes;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>The running host over the seeds: health, admin refusals, and issue 5's and 6's "Done when" through real HTTP.</summary>
public sealed class ServeSeedsTests(SeedServeFixture seeds) : IClassFixture<SeedServeFixture>
{
    private const string Question = "who was invited to Astana?";

    private ServeTestHost Host => seeds.Host;

    [Fact]
    public async Task HealthLive_Running_Returns200()
    {
        using var response = await Host.Client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthReady_AfterStartupLoad_Returns200WithAGeneration()
    {
        using var response = await Host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ServeTestHost.JsonAsync(response);
        Assert.True(body["generation"]!.GetValue<long>() > 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token-0123456789abcdef")]
    [InlineData("")]
    public async Task AdminReload_MissingOrWrongToken_Returns401(string? bearer)
    {
        using var response = await Host.ReloadAsync(bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DiscordAsk_Signed_AcknowledgesAndDeliversACitedAnswer()
    {
        var token = "ask-" + Guid.NewGuid().ToString("N");

        using var response = await Host.PostDiscordAsync(DiscordInteractions.Ask(Question, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ack = await ServeTestHost.JsonAsync(response);
        var type = ack["type"]!.GetValue<int>();
        Assert.Contains(type, new[] { 4, 5 });
        var message = type == 4
            ? ack["data"]
            : (await Host.Api.WaitForAsync(c => c.Method == "PATCH" && c.Path.EndsWith($"/webhooks/{ServeTestHost.DiscordApplicationId}/{token}/messages/@original", StringComparison.Ordinal))).Json;
        ReplyAssert.CitedDiscordAnswer(message);
    }

    [Fact]
    public async Task DiscordInteraction_BadSignature_Returns401()
    {
        var body = DiscordInteractions.Ask(Question);
        var signedOther = Host.Keys.Sign("1700000000", body + " ");

        using var response = await Host.PostDiscordAsync(body, signedOther);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DiscordPing_Signed_AnswersPong()
    {
        using var response = await Host.PostDiscordAsync(DiscordInteractions.Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await ServeTestHost.JsonAsync(response))["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task SlackAsk_Signed_AcknowledgesAndPostsACitedAnswerToResponseUrl()
    {
        var responseUrl = Host.Api.SlackResponseUrl(Guid.NewGuid().ToString("N"));

        using var ack = await Host.PostSlackAsync("/slack/commands", SlackForms.Command("/ask", Question, responseUrl), "application/x-www-form-urlencoded");
        var posted = await Host.Api.WaitForAsync(c => responseUrl.EndsWith(c.Path, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        ReplyAssert.CitedSlackAnswer(posted.Json);
    }

    [Fact]
    public async Task SlackAppMention_Signed_RepliesInTheThreadThroughTheWebApi()
    {
        var ts = "1700000123." + Random.Shared.Next(100000, 999999);
        var mention = new JsonObject
        {
            ["type"] = "event_callback",
            ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"),
            ["authorizations"] = new JsonArray { new JsonObject { ["user_id"] = "UBOT", ["is_bot"] = true } },
            ["event"] = new JsonObject { ["type"] = "app_mention", ["user"] = "U1", ["text"] = "<@UBOT> " + Question, ["ts"] = ts, ["channel"] = "C42" },
        };

        using var ack = await Host.PostSlackAsync("/slack/events", mention.ToJsonString(), "application/json");
        var post = await Host.Api.WaitForAsync(c => c.Path.EndsWith("/chat.postMessage", StringComparison.Ordinal) && c.Json?["thread_ts"]?.GetValue<string>() == ts);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("C42", post.Json!["channel"]!.GetValue<string>());
        ReplyAssert.CitedSlackAnswer(post.Json);
    }

    [Fact]
    public async Task SlackCommand_WrongSecret_Returns401()
    {
        var form = SlackForms.Command("/ask", Question, Host.Api.SlackResponseUrl("never"));

        using var response = await Host.PostSlackAsync("/slack/commands", form, "application/x-www-form-urlencoded", secret: "not-the-signing-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SlackCommand_StaleTimestamp_Returns401()
    {
        var form = SlackForms.Command("/ask", Question, Host.Api.SlackResponseUrl("never"));

        using var response = await Host.PostSlackAsync("/slack/commands", form, "application/x-www-form-urlencoded", DateTimeOffset.UtcNow.AddMinutes(-10));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
