using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>An OpenAI-compatible chat-completions endpoint on 127.0.0.1 with a random port, answering as the test scripts.</summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The endpoint to configure as Llm:Endpoint, ending in /v1.</summary>
    public string BaseUrl { get; }

    public ConcurrentQueue<(JsonElement Body, string? Authorization)> Requests { get; } = new();

    public static Task<FakeOpenAiServer> ReplyingAsync(string content) => StartAsync((context, _) => ReplyAsync(context, content));

    public static Task<FakeOpenAiServer> FailingAsync(int status) => StartAsync((context, _) => FailAsync(context, status));

    /// <summary>Answers each request with what <paramref name="script"/> returns for its body; null is an HTTP 500.</summary>
    public static Task<FakeOpenAiServer> ScriptedAsync(Func<JsonElement, CancellationToken, Task<string?>> script) => StartAsync(async (context, body) =>
    {
        string? content;
        try
        {
            content = await script(body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await (content is null ? FailAsync(context, 500) : ReplyAsync(context, content));
    });

    public static Task<FakeOpenAiServer> HangingAsync() => StartAsync(async (context, _) =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what the test wants.
        }
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task ReplyAsync(HttpContext context, string content)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(CompletionJson(content), context.RequestAborted);
    }

    private static Task FailAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("{\"error\":{\"message\":\"server text that must not be logged\",\"type\":\"server_error\"}}", context.RequestAborted);
    }

    private static async Task<FakeOpenAiServer> StartAsync(Func<HttpContext, JsonElement, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeOpenAiServer? server = null;
        app.MapPost("/v1/chat/completions", async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var request = body.RootElement.Clone();
            server!.Requests.Enqueue((request, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null));
            await respond(context, request);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeOpenAiServer(app, address.TrimEnd('/') + "/v1");
        return server;
    }

    private static string CompletionJson(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "m",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });
}
