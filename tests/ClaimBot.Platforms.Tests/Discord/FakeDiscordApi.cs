using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>A stand-in for Discord's REST API on 127.0.0.1 (random port) that records every call and can answer 429s.</summary>
internal sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _rateLimitsLeft;
    private int _received;
    private int _dropped;
    private int _failuresLeft;
    private int _failureStatus;

    private FakeDiscordApi(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string BaseUrl => _app.Urls.First() + "/api/v10";

    /// <summary>When above 0, every n-th call has its connection dropped without an answer (and is not recorded).</summary>
    public int DropEvery { get; set; }

    /// <summary>Answers the next <paramref name="count"/> calls with this status and a Discord error body (recorded).</summary>
    public void FailNext(int count, int status) => (_failuresLeft, _failureStatus) = (count, status);

    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>JSON returned for GET .../commands.</summary>
    public string CommandsJson { get; set; } = "[]";

    /// <summary>Answers the next <paramref name="count"/> calls with this 429 body and Retry-After header.</summary>
    public void RateLimitNext(int count, string body, string retryAfterHeader = "0") =>
        (_rateLimitsLeft, RateLimitBody, RetryAfterHeader) = (count, body, retryAfterHeader);

    private string RateLimitBody { get; set; } = "{}";

    private string RetryAfterHeader { get; set; } = "0";

    public static async Task<FakeDiscordApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new FakeDiscordApi(app);
        app.Run(api.HandleAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>Waits (bounded) until a recorded call matches; polling keeps the tests free of timing assumptions.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, int count = 1)
    {
        for (var i = 0; i < 500; i++)
        {
            var found = Requests.Where(match).ToList();
            if (found.Count >= count)
            {
                return found[count - 1];
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The fake Discord API never received the expected call. Calls: "
            + string.Join(", ", Requests.Select(r => r.Method + " " + r.Route)));
    }

    /// <summary>Waits (bounded) until the recorded calls satisfy <paramref name="condition"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<RecordedRequest>, bool> condition)
    {
        for (var i = 0; i < 500 && !condition(Requests.ToList()); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(Requests.ToList()), "The fake Discord API never reached the expected state.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (DropEvery > 0 && Interlocked.Increment(ref _received) % DropEvery == 0)
        {
            Interlocked.Increment(ref _dropped);
            context.Abort();
            return;
        }

        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            body,
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers.UserAgent.ToString(),
            context.Request.ContentType);
        Requests.Enqueue(request);

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            context.Response.StatusCode = _failureStatus;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(""" {"message":"Invalid Form Body","code":50035}""");
            return;
        }

        if (Interlocked.Decrement(ref _rateLimitsLeft) >= 0)
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = RetryAfterHeader;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(RateLimitBody);
            return;
        }

        context.Response.ContentType = "application/json";
        switch (request.Method)
        {
            case "DELETE":
                context.Response.StatusCode = 204;
                break;
            case "GET":
                await context.Response.WriteAsync(CommandsJson);
                break;
            case "PUT":
                await context.Response.WriteAsync(body);
                break;
            default:
                await context.Response.WriteAsync("""{"id":"1","type":0}""");
                break;
        }
    }
}
