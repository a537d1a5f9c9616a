using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Tests.Fakes;

/// <summary>A fake platform server on 127.0.0.1 (random port) that accepts WebSockets and hands each to the test in order.</summary>
internal abstract class FakeSocketServer : IAsyncDisposable
{
    private readonly Channel<FakeSocket> _connections = Channel.CreateUnbounded<FakeSocket>();
    private WebApplication? _app;
    private int _sockets;

    public string BaseUrl => (_app ?? throw new InvalidOperationException("Not started.")).Urls.First().TrimEnd('/');

    /// <summary>The same address as a WebSocket URL.</summary>
    public string SocketBaseUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal);

    public async Task<FakeSocket> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(FakeSocket.Patience);
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    protected async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(HandleAsync);
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Serves one request: a WebSocket (see <see cref="AcceptAsync"/>) or plain HTTP.</summary>
    protected abstract Task HandleAsync(HttpContext context);

    /// <summary>
    /// Accepts the WebSocket, lets <paramref name="opened"/> greet it (Slack's hello, Discord's HELLO), hands it to the
    /// test and reads it until it ends; <paramref name="onMessage"/> answers like the platform would.
    /// </summary>
    protected async Task AcceptAsync(HttpContext context, Func<FakeSocket, JsonObject, Task> onMessage, Func<FakeSocket, Task> opened)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(opened);
        var path = context.Request.Path + context.Request.QueryString;
        using var socket = new FakeSocket(Interlocked.Increment(ref _sockets), path, await context.WebSockets.AcceptWebSocketAsync(), onMessage);
        await opened(socket);
        await _connections.Writer.WriteAsync(socket);
        await socket.RunAsync();
        Closed?.Invoke(socket);
    }

    /// <summary>Called when a socket has ended (after the client closed it or it broke).</summary>
    protected Action<FakeSocket>? Closed { get; set; }
}
