using System.Text.Json;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackEventsHandlerTests
{
    private readonly SlackJobChannel _jobs = new(Options.Create(new SlackOptions()), TimeProvider.System);
    private readonly SlackEventsHandler _handler;

    public SlackEventsHandlerTests() =>
        _handler = new SlackEventsHandler(_jobs, new SlackEventDeduplicator(new FakeTimeProvider()), NullLogger<SlackEventsHandler>.Instance);

    [Fact]
    public void Handle_UrlVerificationFixture_EchoesChallenge()
    {
        using var doc = SlackFixtures.Json("url_verification.json");

        var ack = _handler.Handle(doc.RootElement, null, null);

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)ack.Body!["challenge"]);
    }

    [Fact]
    public void Handle_AppMentionFixture_QueuesQuestionInThreadOfMessage()
    {
        using var doc = SlackFixtures.Json("event_callback_app_mention.json");

        var ack = _handler.Handle(doc.RootElement, null, null);

        Assert.Equal(200, ack.StatusCode);
        Assert.True(_jobs.TryDequeue(out var job));
        var mention = Assert.IsType<SlackMentionJob>(job);
        Assert.Equal("What is the hour of the pearl?", mention.Question);
        Assert.Equal("1515449522.000016", mention.ThreadTs);
        Assert.Equal("C123ABC456", mention.Channel);
    }

    [Fact]
    public void Handle_SameEventIdTwice_QueuesOnce()
    {
        using var doc = SlackFixtures.Json("event_callback_app_mention.json");

        _handler.Handle(doc.RootElement, null, null);
        var retry = _handler.Handle(doc.RootElement, "1", "http_timeout");

        Assert.Equal(200, retry.StatusCode);
        Assert.True(_jobs.TryDequeue(out _));
        Assert.False(_jobs.TryDequeue(out _));
    }

    [Fact]
    public void Handle_MentionInsideThread_RepliesToThreadRoot()
    {
        using var doc = JsonDocument.Parse("""
            {"type":"event_callback","event_id":"Ev1","authorizations":[{"user_id":"UBOT","is_bot":true}],
             "event":{"type":"app_mention","user":"U1","text":"<@UBOT> who met <@U2>?","ts":"2.0","thread_ts":"1.0","channel":"C1"}}
            """);

        _handler.Handle(doc.RootElement, null, null);

        Assert.True(_jobs.TryDequeue(out var job));
        var mention = Assert.IsType<SlackMentionJob>(job);
        Assert.Equal("1.0", mention.ThreadTs);
        Assert.Equal("who met <@U2>?", mention.Question);
    }

    [Theory]
    [InlineData("\"bot_id\":\"B1\",")]
    [InlineData("\"subtype\":\"bot_message\",")]
    public void Handle_BotMessage_IsIgnored(string extra)
    {
        using var doc = JsonDocument.Parse(
            "{\"type\":\"event_callback\",\"event_id\":\"Ev2\",\"event\":{" + extra + "\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"hi\",\"ts\":\"1.0\",\"channel\":\"C1\"}}");

        var ack = _handler.Handle(doc.RootElement, null, null);

        Assert.Equal(200, ack.StatusCode);
        Assert.False(_jobs.TryDequeue(out _));
    }

    [Fact]
    public void Handle_CallbackWithoutEvent_IsBadRequest()
    {
        using var doc = JsonDocument.Parse("""{"type":"event_callback","event_id":"Ev3"}""");

        var ack = _handler.Handle(doc.RootElement, null, null);

        Assert.Equal(400, ack.StatusCode);
        Assert.Contains("event", ack.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StripMention_UnknownBotId_RemovesFirstMentionOnly()
    {
        var text = SlackEventsHandler.StripMention("<@U0LAN0Z89> did <@U2> say that?", null);

        Assert.Equal("did <@U2> say that?", text);
    }
}
