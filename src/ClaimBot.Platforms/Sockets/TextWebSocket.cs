using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace ClaimBot.Platforms.Sockets;

/// <summary>
/// A WebSocket carrying JSON text messages, as Slack Socket Mode and the Discord Gateway (encoding=json) do: whole
/// messages in, as raw UTF-8 bytes so the caller parses them with the same rules as an HTTP body
/// (<see cref="Inbound.InboundJson"/>), serialised sends out (a WebSocket allows one send at a time), and a bounded close.
/// </summary>
public sealed class TextWebSocket(WebSocket socket) : IDisposable
{
    /// <summary>Discord's READY and Slack's envelopes are far smaller; a larger message is a protocol error, not data.</summary>
    public const int MaxMessageBytes = 8 * 1024 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>Set once the peer closed the socket: its close code (e.g. Discord's 4004), when it sent one.</summary>
    public int? CloseCode => socket.CloseStatus is { } status ? (int)status : null;

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>Connects a client socket to <paramref name="uri"/>.</summary>
    public static async Task<TextWebSocket> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var client = new ClientWebSocket();
        try
        {
            await client.ConnectAsync(uri, cancellationToken);
            return new TextWebSocket(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The next whole text message (its UTF-8 bytes, not yet validated), or null when the peer closed the socket.</summary>
    /// <exception cref="WebSocketException">
    /// The connection broke, or the message was binary or too large. .NET's WebSocket also fails the connection (1007)
    /// on a text frame that is not UTF-8, as RFC 6455 requires, so such a frame ends the connection, not just itself.
    /// </exception>
    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (result.MessageType != WebSocketMessageType.Text)
            {
                throw new WebSocketException(WebSocketError.InvalidMessageType, "Expected a JSON text message.");
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, $"A message exceeded {MaxMessageBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes with <paramref name="code"/>, waiting briefly for the peer; a broken socket is simply aborted.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            socket.Abort();
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                // CloseOutput does not wait for the receive loop, which owns reading the peer's close frame.
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
