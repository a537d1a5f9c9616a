using System.Net;
using System.Text;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Tests.Fakes;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>Issue 15's "Done when" through <c>serve</c>: cited answers over the Slack socket and the Discord Gateway, and no platform routes.</summary>
public sealed class SocketServeTests(SocketServeFixture serve) : IClassFixture<SocketServeFixture>
{
    private const string Question = "who was invited to Astana?";

    [Fact]
    public async Task SlackAskOverTheSocket_AckedByEnvelopeThenACitedAnswerToTheResponseUrl()
    {
        await serve.SlackSocket.SendAsync(FakeSlackSocketMode.SlashCommand("env-serve-ask", "/ask", Question, serve.Slack.ResponseUrl("serve-ask")));
        var ack = await serve.SlackSocket.NextAsync(m => (string?)m["envelope_id"] == "env-serve-ask");
        var answer = await serve.Slack.WaitForCallAsync(c => c.Path == "/response/serve-ask");

        Assert.Equal(SlackCommandHandler.WorkingText, (string?)ack["payload"]!["text"]);
        Assert.Equal("in_channel", (string?)answer.Json!["response_type"]);
        ReplyAssert.CitedSlackAnswer(answer.Json);
    }

    [Fact]
    public async Task DiscordMentionOverTheGateway_CitedAnswerInANewThread()
    {
        var mention = FakeDiscordGateway.Message("620000000000000001", "510000000000000001", "400000000000000004", $"<@{FakeDiscordGateway.BotUserId}> {Question}");

        await serve.Discord.DispatchAsync(serve.DiscordSocket, "MESSAGE_CREATE", mention);
        var answer = await serve.Discord.WaitForCallAsync(c => c.Method == "POST" && c.Path == "/api/v10/channels/620000000000000001/messages");

        Assert.Contains(serve.Discord.Calls, c => c.Path == "/api/v10/channels/510000000000000001/messages/620000000000000001/threads");
        ReplyAssert.CitedDiscordAnswer(answer.Json);
        Assert.Equal("Bot serve-bot-token", answer.Authorization);
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    [InlineData("/slack/interactivity")]
    [InlineData("/discord/interactions")]
    public async Task PlatformRoutes_WithOnlyOutboundConnections_AreNotServed(string path)
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await serve.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
