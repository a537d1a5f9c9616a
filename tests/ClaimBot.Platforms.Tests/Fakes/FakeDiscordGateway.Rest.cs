using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ClaimBot.Platforms.Tests.Fakes;

/// <summary>The REST half of the fake: gateway discovery, channels, messages, threads; every call recorded.</summary>
internal sealed partial class FakeDiscordGateway
{
    private int _messageIds;
    private int _dropPosts;
    private int _droppedPosts;

    public ConcurrentQueue<FakeHttpCall> Calls { get; } = new();

    /// <summary>Channel types by id for GET /channels/{id}; unknown channels are text channels (0).</summary>
    public ConcurrentDictionary<string, int> ChannelTypes { get; } = new();

    /// <summary>Messages by id for GET /channels/{c}/messages/{id}; unknown ids answer 404.</summary>
    public ConcurrentDictionary<string, JsonObject> StoredMessages { get; } = new();

    public int SessionStartRemaining { get; set; } = 1000;

    /// <summary>Answer thread creation with 403 (the bot lacks Create Public Threads).</summary>
    public bool RefuseThreads { get; set; }

    /// <summary>
    /// Drops the connection of the next <paramref name="count"/> message POSTs after reading them, without an answer
    /// (and without recording them), as a server that dies mid-request would: the client cannot tell they were not processed.
    /// </summary>
    public void DropMessagePosts(int count) => Interlocked.Exchange(ref _dropPosts, count);

    /// <summary>Message POSTs dropped so far.</summary>
    public int DroppedPosts => Volatile.Read(ref _droppedPosts);

    /// <summary>Answer every message POST with a 429 (retry_after 10 ms, per route), recorded like any call.</summary>
    public bool RateLimitMessagePosts { get; set; }

    /// <summary>Waits (bounded) for a recorded REST call that matches.</summary>
    public Task<FakeHttpCall> WaitForCallAsync(Func<FakeHttpCall, bool> match) => Eventually.CallAsync(Calls, match, "Fake Discord");

    /// <summary>POSTs of new messages (answers), in order.</summary>
    public IReadOnlyList<FakeHttpCall> Posts =>
        Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/messages", StringComparison.Ordinal)).ToList();

    private async Task HandleRestAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var call = new FakeHttpCall(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync());
        var route = call.Path.StartsWith("/api/v10/", StringComparison.Ordinal) ? call.Path["/api/v10/".Length..].Split('/') : [];
        var isMessagePost = call.Method == "POST" && route is ["channels", _, "messages"];
        if (isMessagePost && Interlocked.Decrement(ref _dropPosts) >= 0)
        {
            Interlocked.Increment(ref _droppedPosts);
            context.Abort();
            return;
        }

        Calls.Enqueue(call);
        context.Response.ContentType = "application/json";
        if (isMessagePost && RateLimitMessagePosts)
        {
            context.Response.StatusCode = 429;
            await context.Response.WriteAsync("""{"message":"You are being rate limited.","retry_after":0.01,"global":false}""");
            return;
        }

        JsonObject? answer = (call.Method, route) switch
        {
            ("GET", ["gateway", "bot"]) => new JsonObject
            {
                ["url"] = SocketBaseUrl + "/gateway",
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = SessionStartRemaining, ["reset_after"] = 60_000, ["max_concurrency"] = 1 },
            },
            ("GET", ["channels", var id]) => new JsonObject { ["id"] = id, ["type"] = ChannelTypes.GetValueOrDefault(id, 0) },
            ("GET", ["channels", _, "messages", var id]) => StoredMessages.TryGetValue(id, out var stored) ? stored : null,
            ("POST", ["channels", var parent, "messages", var id, "threads"]) when !RefuseThreads =>
                new JsonObject { ["id"] = id, ["type"] = 11, ["parent_id"] = parent },
            ("POST", ["channels", var channel, "messages"]) =>
                new JsonObject { ["id"] = $"80000000000000{Interlocked.Increment(ref _messageIds):D4}", ["channel_id"] = channel },
            _ => null,
        };
        if (answer is null)
        {
            context.Response.StatusCode = route is ["channels", _, "messages", _, "threads"] ? 403 : 404;
            await context.Response.WriteAsync("""{"message":"fake refusal","code":0}""");
            return;
        }

        await context.Response.WriteAsync(answer.ToJsonString());
    }
}
