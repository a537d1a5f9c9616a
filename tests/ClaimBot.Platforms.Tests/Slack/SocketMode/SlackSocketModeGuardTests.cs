using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Tests.Slack.SocketMode;

/// <summary>Socket Mode envelopes get the HTTP bad-input rules, and their answers the resilient delivery, on the fake Slack.</summary>
public sealed class SlackSocketModeGuardTests
{
    private const int RefusedFrame = 7052;

    private static string? AckId(JsonObject ack) => (string?)ack["envelope_id"];

    private static string WithLoneSurrogate(JsonObject envelope, string marker) =>
        envelope.ToJsonString().Replace(marker, marker + "\\ud800", StringComparison.Ordinal);

    [Theory]
    [InlineData("who")]
    [InlineData("slash_commands")]
    public async Task LoneSurrogateEscapeInTheTextOrTheType_AckedWithoutPayloadAndTheNextEnvelopeIsAnswered(string marker)
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();

        await socket.SendTextAsync(WithLoneSurrogate(FakeSlackSocketMode.SlashCommand("env-bad", "/ask", "who", host.Slack.ResponseUrl("bad")), marker));
        var badAck = await socket.NextAsync();
        await socket.SendAsync(FakeSlackSocketMode.SlashCommand("env-good", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("good")));
        var goodAck = await socket.NextAsync();
        await host.Slack.WaitForCallAsync(c => c.Path == "/response/good");

        Assert.Equal("env-bad", AckId(badAck));
        Assert.Null(badAck["payload"]);
        Assert.Equal("env-good", AckId(goodAck));
        Assert.Equal(SlackCommandHandler.WorkingText, (string?)goodAck["payload"]!["text"]);
        Assert.Equal(["who was invited to Astana?"], runner.Requests.Select(r => r.Text));
        Assert.Equal(1, host.Slack.OpenCalls);
        Assert.Equal(LogLevel.Warning, Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == RefusedFrame).Level);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Exception is not null);
    }

    [Fact]
    public async Task LoneSurrogateInTheEnvelopeId_NotAckedAndTheNextEnvelopeIsAnswered()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();

        await socket.SendTextAsync(WithLoneSurrogate(FakeSlackSocketMode.SlashCommand("env-id", "/ask", "who", host.Slack.ResponseUrl("id")), "env-id"));
        await socket.SendAsync(FakeSlackSocketMode.SlashCommand("env-after", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("after")));
        var firstAck = await socket.NextAsync();
        await host.Slack.WaitForCallAsync(c => c.Path == "/response/after");

        Assert.Equal("env-after", AckId(firstAck));
        Assert.Equal(["who was invited to Astana?"], runner.Requests.Select(r => r.Text));
    }

    [Fact]
    public async Task EnvelopeThatIsNotUtf8_ConnectionFailsAsTheWebSocketRfcSaysAndANewOneAnswers()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var first = await host.Slack.NextConnectionAsync();
        var bytes = Encoding.UTF8.GetBytes(FakeSlackSocketMode.SlashCommand("env-bytes", "/ask", "who__", host.Slack.ResponseUrl("bytes")).ToJsonString());
        var at = Array.IndexOf(bytes, (byte)'_');
        bytes[at] = 0xFF;

        await first.SendRawAsync(bytes);
        var closedWith = await first.Closed.WaitAsync(FakeSocket.Patience);
        var second = await host.Slack.NextConnectionAsync();
        await second.SendAsync(FakeSlackSocketMode.SlashCommand("env-fresh", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("fresh")));
        var ack = await second.NextAsync();
        await host.Slack.WaitForCallAsync(c => c.Path == "/response/fresh");

        Assert.Equal(1007, closedWith);
        Assert.Equal("env-fresh", AckId(ack));
        Assert.Equal(["who was invited to Astana?"], runner.Requests.Select(r => r.Text));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Exception is not null);
    }

    [Fact]
    public async Task SlashCommandTextLongerThanSlackAllows_ExplainedInTheAckAndRunsNothing()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();
        var text = new string('a', SlackCommandHandler.MaxInputChars + 1);

        await socket.SendAsync(FakeSlackSocketMode.SlashCommand("env-long", "/factcheck", text, host.Slack.ResponseUrl("long")));
        var ack = await socket.NextAsync();

        Assert.Equal("env-long", AckId(ack));
        Assert.Equal("ephemeral", (string?)ack["payload"]!["response_type"]);
        Assert.Contains(SlackCommandHandler.MaxInputChars.ToString(CultureInfo.InvariantCulture), (string?)ack["payload"]!["text"], StringComparison.Ordinal);
        Assert.Empty(runner.Requests);
    }

    [Fact]
    public async Task EnvelopeLargerThanTheHttpBodyLimit_AckedWithoutWorkAndTheNextIsAnswered()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();
        var huge = FakeSlackSocketMode.AppMention("env-huge", "EvHuge", new string('a', new SlackOptions().MaxRequestBodyBytes));

        await socket.SendAsync(huge);
        var hugeAck = await socket.NextAsync();
        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-small", "EvSmall", "who was invited to Astana?"));
        await socket.NextAsync();
        await host.Slack.WaitForCallAsync(c => c.Path == "/api/chat.postMessage");

        Assert.Equal("env-huge", AckId(hugeAck));
        Assert.Equal(["who was invited to Astana?"], runner.Requests.Select(r => r.Text));
        Assert.Contains("larger than", Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == RefusedFrame).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommandAnswer_ResponseUrlDropsTwice_StillArrivesOnce()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();
        host.Slack.DropNextCalls(2);

        await socket.SendAsync(FakeSlackSocketMode.SlashCommand("env-drop", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("dropped")));
        await socket.NextAsync();
        var answer = await host.Slack.WaitForCallAsync(c => c.Path == "/response/dropped");

        Assert.Equal(2, host.Slack.Dropped);
        Assert.Single(host.Slack.Calls, c => c.Path == "/response/dropped");
        Assert.Equal("in_channel", (string?)answer.Json!["response_type"]);
    }
}
