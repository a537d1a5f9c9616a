using System.Text.Json.Nodes;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Tests.Fakes;

namespace ClaimBot.Platforms.Tests.Slack.SocketMode;

/// <summary>The Socket Mode client against a fake Slack: tickets, hello, acks, refresh, drops and redelivery.</summary>
public sealed class SlackSocketModeClientTests
{
    private static string AckId(JsonObject ack) => (string)ack["envelope_id"]!;

    [Fact]
    public async Task SlashCommand_OverSocket_AckedByEnvelopeIdWithPayloadWhileTheAnswerIsStillRunning()
    {
        var runner = new ScriptedSlackRunner { Gate = new SemaphoreSlim(0) };
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();

        await socket.SendAsync(FakeSlackSocketMode.SlashCommand("env-ask-1", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("ask")));
        var ack = await socket.NextAsync();
        Assert.True(await runner.Entered.WaitAsync(FakeSocket.Patience));
        var answeredBeforeRelease = host.Slack.Calls.Any(c => c.Path == "/response/ask");
        runner.Gate.Release();
        var answer = await host.Slack.WaitForCallAsync(c => c.Path == "/response/ask");

        Assert.Equal("env-ask-1", AckId(ack));
        Assert.Equal(SlackCommandHandler.WorkingText, (string?)ack["payload"]!["text"]);
        Assert.False(answeredBeforeRelease);
        Assert.Equal("in_channel", (string?)answer.Json!["response_type"]);
        Assert.Equal("who was invited to Astana?", Assert.Single(runner.Requests).Text);
        Assert.Equal("Bearer " + SlackSocketTestHost.AppToken, host.Slack.Calls.First(c => c.Path == "/api/apps.connections.open").Authorization);
    }

    [Fact]
    public async Task AppMention_OverSocket_AckedThenAnsweredInTheThread()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();

        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-m-1", "EvM1", "who was invited to Astana?"));
        var ack = await socket.NextAsync();
        var post = await host.Slack.WaitForCallAsync(c => c.Path == "/api/chat.postMessage");

        Assert.Equal("env-m-1", AckId(ack));
        Assert.Null(ack["payload"]);
        Assert.Equal("77.7", (string?)post.Json!["thread_ts"]);
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
    }

    [Fact]
    public async Task RefreshRequested_OpensTheSecondConnectionBeforeClosingTheFirst_AndAcksWhatArrivesMeanwhile()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var first = await host.Slack.NextConnectionAsync();
        host.Slack.AutoHello = false;

        await first.SendAsync(FakeSlackSocketMode.Disconnect("refresh_requested"));
        var second = await host.Slack.NextConnectionAsync();
        await first.SendAsync(FakeSlackSocketMode.SlashCommand("env-during-refresh", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("refresh")));
        var ackOnFirst = await first.NextAsync();
        var firstStillOpen = !first.Closed.IsCompleted;
        await host.Slack.SendHelloAsync(second);
        await first.Closed.WaitAsync(FakeSocket.Patience);
        await host.Slack.WaitForCallAsync(c => c.Path == "/response/refresh");

        Assert.Equal("env-during-refresh", AckId(ackOnFirst));
        Assert.True(firstStillOpen);
        var timeline = host.Slack.Timeline.ToList();
        Assert.True(timeline.IndexOf("hello 2") < timeline.IndexOf("closed 1"), string.Join(", ", timeline));
        Assert.Equal(2, host.Slack.OpenCalls);
        Assert.False(second.Closed.IsCompleted);
    }

    [Fact]
    public async Task LinkDisabled_ClosesAndStopsWithoutReconnecting()
    {
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(new ScriptedSlackRunner());
        var socket = await host.Slack.NextConnectionAsync();

        await socket.SendAsync(FakeSlackSocketMode.Disconnect("link_disabled"));
        await host.Run.WaitAsync(FakeSocket.Patience);

        Assert.True(socket.Closed.IsCompleted);
        Assert.Equal(1, host.Slack.OpenCalls);
    }

    [Fact]
    public async Task DroppedConnection_ReconnectsWithAFreshTicketAndKeepsAnswering()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var first = await host.Slack.NextConnectionAsync();

        first.Drop();
        var second = await host.Slack.NextConnectionAsync();
        await second.SendAsync(FakeSlackSocketMode.SlashCommand("env-after-drop", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("drop")));
        var ack = await second.NextAsync();
        await host.Slack.WaitForCallAsync(c => c.Path == "/response/drop");

        Assert.Equal("env-after-drop", AckId(ack));
        Assert.Equal(2, host.Slack.OpenCalls);
        Assert.NotEqual(first.Path, second.Path);
    }

    [Fact]
    public async Task SameEnvelopeRedeliveredAfterReconnect_AckedAgainButAnsweredOnce()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var first = await host.Slack.NextConnectionAsync();
        await first.SendAsync(FakeSlackSocketMode.SlashCommand("env-once", "/ask", "first question", host.Slack.ResponseUrl("once")));
        await first.NextAsync();
        first.Drop();
        var second = await host.Slack.NextConnectionAsync();

        await second.SendAsync(FakeSlackSocketMode.SlashCommand("env-once", "/ask", "first question", host.Slack.ResponseUrl("once")));
        var reAck = await second.NextAsync();
        // Jobs run one at a time in order: once this later one is answered, a duplicate of the first would have been too.
        await second.SendAsync(FakeSlackSocketMode.SlashCommand("env-next", "/ask", "second question", host.Slack.ResponseUrl("next")));
        await second.NextAsync();
        await host.Slack.WaitForCallAsync(c => c.Path == "/response/next");

        Assert.Equal("env-once", AckId(reAck));
        Assert.Null(reAck["payload"]);
        Assert.Equal(["first question", "second question"], runner.Requests.Select(r => r.Text));
        Assert.Single(host.Slack.Calls, c => c.Path == "/response/once");
    }

    [Fact]
    public async Task EventRetriedInANewEnvelope_AckedButAnsweredOnce()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner);
        var socket = await host.Slack.NextConnectionAsync();

        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-a", "EvSame", "first question"));
        await socket.NextAsync();
        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-b", "EvSame", "first question", retryAttempt: 1));
        var retryAck = await socket.NextAsync();
        await socket.SendAsync(FakeSlackSocketMode.AppMention("env-c", "EvOther", "second question"));
        await socket.NextAsync();
        // Jobs run one at a time in order: a duplicate of the first would be answered before the second.
        await Eventually.TrueAsync(() => host.Slack.Calls.Count(c => c.Path == "/api/chat.postMessage") >= 2);

        Assert.Equal("env-b", AckId(retryAck));
        Assert.Equal(["first question", "second question"], runner.Requests.Select(r => r.Text));
        Assert.Equal(2, host.Slack.Calls.Count(c => c.Path == "/api/chat.postMessage"));
    }

    [Fact]
    public async Task ConnectionsOpenFails_RetriesUntilSlackHandsOutATicket()
    {
        var runner = new ScriptedSlackRunner();
        await using var host = await SlackSocketTestHost.StartWithFakesAsync(runner, openScript: script =>
        {
            script.Enqueue((200, """{"ok":false,"error":"internal_error"}"""));
            script.Enqueue((500, "{}"));
        });

        var socket = await host.Slack.NextConnectionAsync();
        await socket.SendAsync(FakeSlackSocketMode.SlashCommand("env-late", "/ask", "who was invited to Astana?", host.Slack.ResponseUrl("late")));
        var ack = await socket.NextAsync();

        Assert.Equal("env-late", AckId(ack));
        Assert.Equal(3, host.Slack.OpenCalls);
    }
}
