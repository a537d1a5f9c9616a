using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Benchmarks.Sockets;

/// <summary>A local stand-in for Slack's Socket Mode side: <c>apps.connections.open</c>, one WebSocket, response_url receivers.</summary>
internal sealed class BenchSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<WebSocket> _socket = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BlockingCollection<(string Id, long At)> _acks = [];
    private int _delivered;

    private BenchSlackServer(WebApplication app) => _app = app;

    public string ApiBaseUrl => _app.Urls.First() + "/api";

    public int Delivered => Volatile.Read(ref _delivered);

    public string ResponseUrl(string id) => _app.Urls.First() + "/response/" + id;

    public static async Task<BenchSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new BenchSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", (HttpContext c) => Results.Json(new { ok = true, url = $"ws://{c.Request.Host}/link" }));
        app.MapPost("/response/{id}", () =>
        {
            Interlocked.Increment(ref server._delivered);
            return Results.Ok();
        });
        app.Map("/link", server.AcceptAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>Waits for the client's connection and says hello on it.</summary>
    public async Task<BenchSlackSocket> ConnectedAsync()
    {
        var socket = await _socket.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var sender = new BenchSlackSocket(socket);
        await sender.SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = 1 });
        return sender;
    }

    /// <summary>The ack latency (ms) of each of <paramref name="count"/> envelopes sent at the times in <paramref name="sent"/>.</summary>
    public Task<List<double>> AcksAsync(int count, ConcurrentDictionary<string, long> sent, TimeSpan patience) => Task.Run(() =>
    {
        var latencies = new List<double>();
        using var timeout = new CancellationTokenSource(patience);
        while (latencies.Count < count && _acks.TryTake(out var ack, Timeout.Infinite, timeout.Token))
        {
            if (sent.TryGetValue(ack.Id, out var at))
            {
                latencies.Add(Stopwatch.GetElapsedTime(at, ack.At).TotalMilliseconds);
            }
        }

        return latencies;
    });

    public async ValueTask DisposeAsync()
    {
        _done.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _acks.Dispose();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        _socket.TrySetResult(socket);
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var at = Stopwatch.GetTimestamp();
                var ack = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if ((string?)ack?["envelope_id"] is { } id)
                {
                    _acks.Add((id, at));
                }
            }
        }
        catch (WebSocketException)
        {
            // The client went away at shutdown.
        }

        await _done.Task;
    }
}
