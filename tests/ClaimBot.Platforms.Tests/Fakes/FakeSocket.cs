using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ClaimBot.Platforms.Tests.Fakes;

/// <summary>
/// The server side of one WebSocket a fake platform accepted: every JSON message the client sent, in order, and the
/// controls a test needs (send, close with a code, drop without a close).
/// </summary>
internal sealed class FakeSocket(int index, string path, WebSocket socket, Func<FakeSocket, JsonObject, Task> onMessage) : IDisposable
{
    // Bounds a wait so a broken client fails the test instead of hanging it; never a timing assertion.
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Channel<JsonObject> _unread = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>1 for the server's first connection, 2 for the next, …</summary>
    public int Index => index;

    /// <summary>The request path and query, e.g. <c>/gateway?v=10&amp;encoding=json</c>.</summary>
    public string Path => path;

    public ConcurrentQueue<JsonObject> Received { get; } = new();

    /// <summary>Completes when the client closed the socket: its close code, or null when the connection just ended.</summary>
    public Task<int?> Closed => _closed.Task;

    /// <summary>The next message not yet read that matches <paramref name="match"/> (others are skipped).</summary>
    public async Task<JsonObject> NextAsync(Func<JsonObject, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var message = await _unread.Reader.ReadAsync(timeout.Token);
            if (match is null || match(message))
            {
                return message;
            }
        }
    }

    public Task SendAsync(JsonNode message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));
    }

    /// <summary>Sends <paramref name="json"/> as written, e.g. with a lone surrogate escape a JSON writer would refuse.</summary>
    public Task SendTextAsync(string json) => SendRawAsync(Encoding.UTF8.GetBytes(json));

    /// <summary>Sends bytes as one text message, unchecked: they need not be UTF-8.</summary>
    public async Task SendRawAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes from the server side with <paramref name="code"/> (e.g. Discord's 4009).</summary>
    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake server", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Breaks the connection without a close frame, like a network failure.</summary>
    public void Drop() => socket.Abort();

    /// <summary>Reads until the socket ends; the server's request handler awaits it to keep the socket alive.</summary>
    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult((int?)result.CloseStatus);
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await CloseAsync(1000);
                    }

                    return;
                }

                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                Received.Enqueue(json);
                // The server's own answer (READY for IDENTIFY, an ACK) goes out before the test learns of the message,
                // so whatever the test sends next arrives after it, as it would from Discord.
                await onMessage(this, json);
                await _unread.Writer.WriteAsync(json);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closed.TrySetResult(null);
        }
    }

    public void Dispose() => _sendLock.Dispose();
}
