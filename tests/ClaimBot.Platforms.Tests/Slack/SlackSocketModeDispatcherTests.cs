using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackSocketModeDispatcherTests
{
    private readonly SlackJobChannel _jobs;
    private readonly SlackSocketModeDispatcher _dispatcher;

    public SlackSocketModeDispatcherTests()
    {
        var options = Options.Create(new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1" });
        _jobs = new SlackJobChannel(options, TimeProvider.System);
        _dispatcher = new SlackSocketModeDispatcher(
            new SlackCommandHandler(_jobs, options, NullLogger<SlackCommandHandler>.Instance),
            new SlackEventsHandler(_jobs, new SlackEventDeduplicator(new FakeTimeProvider()), NullLogger<SlackEventsHandler>.Instance),
            new SlackInteractionHandler(_jobs, NullLogger<SlackInteractionHandler>.Instance),
            NullLogger<SlackSocketModeDispatcher>.Instance);
    }

    // The socket connection parses each frame (with the inbound rules) and hands the dispatcher the root element.
    private static string? Dispatch(SlackSocketModeDispatcher dispatcher, string envelope)
    {
        using var document = JsonDocument.Parse(envelope);
        return dispatcher.Dispatch(document.RootElement);
    }

    [Fact]
    public void Dispatch_EventsApiEnvelope_AcksAndQueuesMention()
    {
        var ack = Dispatch(_dispatcher, SlackFixtures.Text("socket_mode_events_api_app_mention.json"));

        Assert.Equal("xxx-11-222-yyy-zzz", (string?)JsonNode.Parse(ack!)!["envelope_id"]);
        Assert.True(_jobs.TryDequeue(out var job));
        Assert.Equal("hey", Assert.IsType<SlackMentionJob>(job).Question);
    }

    [Fact]
    public void Dispatch_SlashCommandEnvelopeAcceptingPayload_AcksWithMessagePayload()
    {
        var ack = JsonNode.Parse(Dispatch(_dispatcher, SlackFixtures.Text("socket_mode_slash_commands.json"))!)!;

        Assert.Equal("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545", (string?)ack["envelope_id"]);
        Assert.Equal("ephemeral", (string?)ack["payload"]!["response_type"]);
    }

    [Fact]
    public void Dispatch_InteractiveEnvelopeWithOtherAction_AcksWithoutWork()
    {
        var ack = Dispatch(_dispatcher, SlackFixtures.Text("socket_mode_interactive_block_actions.json"));

        Assert.NotNull(ack);
        Assert.False(_jobs.TryDequeue(out _));
    }

    [Fact]
    public void Dispatch_EventWhileTheQueueIsFull_SendsNoAckSoSlackRedelivers()
    {
        var options = Options.Create(new SlackOptions { SigningSecret = "s", BotToken = "xoxb-1", QueueCapacity = 1 });
        var jobs = new SlackJobChannel(options, TimeProvider.System);
        var dispatcher = new SlackSocketModeDispatcher(
            new SlackCommandHandler(jobs, options, NullLogger<SlackCommandHandler>.Instance),
            new SlackEventsHandler(jobs, new SlackEventDeduplicator(new FakeTimeProvider()), NullLogger<SlackEventsHandler>.Instance),
            new SlackInteractionHandler(jobs, NullLogger<SlackInteractionHandler>.Instance),
            NullLogger<SlackSocketModeDispatcher>.Instance);
        var first = SlackFixtures.Text("socket_mode_events_api_app_mention.json");
        var second = first.Replace("Ev01ERKCFKK9", "Ev02OTHER", StringComparison.Ordinal);

        var firstAck = Dispatch(dispatcher, first);
        var secondAck = Dispatch(dispatcher, second);
        jobs.TryDequeue(out _);
        var redeliveredAck = Dispatch(dispatcher, second);

        Assert.NotNull(firstAck);
        Assert.Null(secondAck);
        Assert.NotNull(redeliveredAck);
        Assert.True(jobs.TryDequeue(out var job));
        Assert.Equal("Ev02OTHER", Assert.IsType<SlackMentionJob>(job).EventId);
    }

    [Theory]
    [InlineData("socket_mode_hello.json")]
    [InlineData("socket_mode_disconnect_refresh_requested.json")]
    public void Dispatch_ControlMessage_NeedsNoAck(string fixture)
    {
        var ack = Dispatch(_dispatcher, SlackFixtures.Text(fixture));

        Assert.Null(ack);
    }
}
