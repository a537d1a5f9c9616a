using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Host.Tests.Fakes;

/// <summary>
/// A stand-in for Discord's REST API, Slack's Web API and Slack's response_url receivers on 127.0.0.1 (random port):
/// records every call and answers like the real services do for the calls ClaimBot makes.
/// </summary>
internal sealed class FakePlatformApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakePlatformApi(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public string BaseUrl => _app.Urls.First().TrimEnd('/');

    public string DiscordApiBaseUrl => BaseUrl + "/discord/api/v10";

    public string SlackApiBaseUrl => BaseUrl + "/slack/api";

    public string SlackResponseUrl(string id) => $"{BaseUrl}/slack/response/{id}";

    public static async Task<FakePlatformApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new FakePlatformApi(app);
        app.Run(api.HandleAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>Waits (bounded, polling) until a recorded call matches; a broken adapter fails the test instead of hanging it.</summary>
    public async Task<RecordedCall> WaitForAsync(Func<RecordedCall, bool> match)
    {
        for (var i = 0; i < 1500; i++)
        {
            if (Calls.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The fake platform API never received the expected call. Calls: " + string.Join(", ", Calls.Select(c => c.Method + " " + c.Path)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var call = new RecordedCall(context.Request.Method, context.Request.Path.Value ?? string.Empty, await reader.ReadToEndAsync());
        Calls.Enqueue(call);
        context.Response.ContentType = "application/json";
        if (call.Path.StartsWith("/slack/api/", StringComparison.Ordinal))
        {
            await context.Response.WriteAsync("""{"ok":true,"channel":"C1","ts":"1700000000.000100"}""");
        }
        else if (call.Path.StartsWith("/slack/response/", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("ok");
        }
        else
        {
            await context.Response.WriteAsync("""{"id":"1","type":0}""");
        }
    }
}
