using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>A fake Slack on 127.0.0.1: the Web API (<c>/api/chat.postMessage</c>) and response_url receivers (<c>/response/{id}</c>), recording bodies.</summary>
internal sealed class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<RecordedCall> _postMessages = Channel.CreateUnbounded<RecordedCall>();
    private readonly Channel<RecordedCall> _responses = Channel.CreateUnbounded<RecordedCall>();
    private int _postMessageCalls;
    private int _received;
    private int _dropped;

    private FakeSlackServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string ApiBaseUrl => BaseUrl + "/api";

    /// <summary>Scripted chat.postMessage answers (status, JSON, Retry-After seconds); when empty, ok:true.</summary>
    public ConcurrentQueue<(int Status, string Json, int? RetryAfter)> PostMessageScript { get; } = new();

    public int PostMessageCalls => Volatile.Read(ref _postMessageCalls);

    /// <summary>When above 0, every n-th request (either endpoint) has its connection dropped without an answer.</summary>
    public int DropEvery { get; set; }

    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>When set, response_url posts are received but not answered until the gate is released (a hanging API).</summary>
    public SemaphoreSlim? ResponseGate { get; set; }

    public string ResponseUrl(string id) => $"{BaseUrl}/response/{id}";

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.MapPost("/api/chat.postMessage", server.PostMessageAsync);
        app.MapPost("/response/{id}", server.ResponseAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    public Task<RecordedCall> NextPostMessageAsync() => ReadAsync(_postMessages);

    public Task<RecordedCall> NextResponseAsync() => ReadAsync(_responses);

    public bool HasPendingResponse => _responses.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task PostMessageAsync(HttpContext context)
    {
        if (Drop(context))
        {
            return;
        }

        Interlocked.Increment(ref _postMessageCalls);
        var call = await RecordAsync(context);
        if (PostMessageScript.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync(scripted.Json);
            if (scripted.Status != 200 || scripted.Json.Contains("\"ok\":false", StringComparison.Ordinal))
            {
                await _postMessages.Writer.WriteAsync(call with { Rejected = true });
                return;
            }
        }
        else
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"ok":true,"channel":"C1","ts":"1700000000.000100"}""");
        }

        await _postMessages.Writer.WriteAsync(call);
    }

    private async Task ResponseAsync(HttpContext context)
    {
        if (Drop(context))
        {
            return;
        }

        var call = await RecordAsync(context);
        if (ResponseGate is { } gate)
        {
            await gate.WaitAsync(context.RequestAborted);
        }

        await context.Response.WriteAsync("ok");
        await _responses.Writer.WriteAsync(call);
    }

    // Reads the request first, as a server that dies mid-request would have: the client cannot tell it was not processed.
    private bool Drop(HttpContext context)
    {
        if (DropEvery <= 0 || Interlocked.Increment(ref _received) % DropEvery != 0)
        {
            return false;
        }

        Interlocked.Increment(ref _dropped);
        context.Abort();
        return true;
    }

    private static async Task<RecordedCall> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        return new RecordedCall(context.Request.Path, context.Request.Headers.Authorization.ToString(), JsonNode.Parse(body)!.AsObject());
    }

    private static async Task<RecordedCall> ReadAsync(Channel<RecordedCall> channel)
    {
        // A generous bound so a broken adapter fails the test instead of hanging it; not a timing assertion.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await channel.Reader.ReadAsync(timeout.Token);
    }
}
