using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ClaimBot.Platforms.Tests.Fakes;

/// <summary>
/// A fake Slack for Socket Mode: <c>apps.connections.open</c> hands out one-use
/// <c>ws://…/link?ticket=N</c> URLs, the WebSocket says <c>hello</c>, every other Web API method (chat.postMessage) and
/// response_url receiver (<c>/response/{id}</c>) is recorded and answered ok. <see cref="Timeline"/> records when
/// connections open, say hello and are closed by the client, so a test can check their order.
/// </summary>
internal sealed class FakeSlackSocketMode : FakeSocketServer
{
    private int _tickets;
    private int _drop;
    private int _dropped;

    private FakeSlackSocketMode() => Closed = socket => Timeline.Enqueue($"closed {socket.Index}");

    public string ApiBaseUrl => BaseUrl + "/api";

    /// <summary>Send <c>hello</c> as soon as a client connects (as Slack does); false lets the test send it.</summary>
    public bool AutoHello { get; set; } = true;

    /// <summary>Scripted <c>apps.connections.open</c> answers (status, body); when empty, a fresh ticket.</summary>
    public ConcurrentQueue<(int Status, string Body)> OpenScript { get; } = new();

    public ConcurrentQueue<FakeHttpCall> Calls { get; } = new();

    public ConcurrentQueue<string> Timeline { get; } = new();

    public int OpenCalls => Calls.Count(c => c.Path == "/api/apps.connections.open");

    public string ResponseUrl(string id) => $"{BaseUrl}/response/{id}";

    /// <summary>
    /// Drops the connection of the next <paramref name="count"/> Web API or response_url calls (not
    /// <c>apps.connections.open</c>) after reading them, without an answer and without recording them.
    /// </summary>
    public void DropNextCalls(int count) => Interlocked.Exchange(ref _drop, count);

    public int Dropped => Volatile.Read(ref _dropped);

    public static async Task<FakeSlackSocketMode> StartAsync()
    {
        var fake = new FakeSlackSocketMode();
        await fake.ListenAsync();
        return fake;
    }

    /// <summary>Waits (bounded) for a recorded HTTP call that matches.</summary>
    public Task<FakeHttpCall> WaitForCallAsync(Func<FakeHttpCall, bool> match) => Eventually.CallAsync(Calls, match, "Fake Slack");

    public static JsonObject Hello() => new() { ["type"] = "hello", ["num_connections"] = 1, ["connection_info"] = new JsonObject { ["app_id"] = "A111" } };

    public static JsonObject Disconnect(string reason) => new() { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "fake" } };

    public static JsonObject SlashCommand(string envelopeId, string command, string text, string responseUrl) => new()
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "slash_commands",
        ["accepts_response_payload"] = true,
        ["payload"] = new JsonObject
        {
            ["command"] = command, ["text"] = text, ["user_id"] = "U1", ["channel_id"] = "C1", ["team_id"] = "T1",
            ["response_url"] = responseUrl, ["trigger_id"] = "1.2.3",
        },
    };

    public static JsonObject AppMention(string envelopeId, string eventId, string text, int retryAttempt = 0) => new()
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = retryAttempt,
        ["retry_reason"] = retryAttempt > 0 ? "timeout" : string.Empty,
        ["payload"] = new JsonObject
        {
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["authorizations"] = new JsonArray { new JsonObject { ["user_id"] = "UBOT", ["is_bot"] = true } },
            ["event"] = new JsonObject { ["type"] = "app_mention", ["user"] = "U1", ["text"] = "<@UBOT> " + text, ["ts"] = "77.7", ["channel"] = "C9" },
        },
    };

    protected override async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest && context.Request.Path == "/link")
        {
            await AcceptAsync(context, (_, _) => Task.CompletedTask, async socket =>
            {
                Timeline.Enqueue($"open {socket.Index}");
                if (AutoHello)
                {
                    await SendHelloAsync(socket);
                }
            });
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var call = new FakeHttpCall(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync());
        if (call.Path != "/api/apps.connections.open" && Interlocked.Decrement(ref _drop) >= 0)
        {
            Interlocked.Increment(ref _dropped);
            context.Abort();
            return;
        }

        Calls.Enqueue(call);
        if (call.Path == "/api/apps.connections.open")
        {
            var (status, body) = OpenScript.TryDequeue(out var scripted)
                ? scripted
                : (200, new JsonObject { ["ok"] = true, ["url"] = $"ws://{context.Request.Host}/link?ticket={Interlocked.Increment(ref _tickets)}" }.ToJsonString());
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"ok":true,"channel":"C1","ts":"1700000000.000100"}""");
    }

    /// <summary>Sends <c>hello</c> on <paramref name="socket"/> and notes it in the timeline first.</summary>
    public async Task SendHelloAsync(FakeSocket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        Timeline.Enqueue($"hello {socket.Index}");
        await socket.SendAsync(Hello());
    }
}
