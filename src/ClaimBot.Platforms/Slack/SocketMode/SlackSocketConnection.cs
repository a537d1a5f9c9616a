using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ClaimBot.Platforms.Inbound;
using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. Its receive loop acknowledges every envelope on this socket as soon as the handler has
/// queued the work (the ack never waits for an answer), reports <c>hello</c> and <c>disconnect</c>, and keeps
/// receiving after a <c>refresh_requested</c> until the client closes it, so nothing sent meanwhile is lost. Frames
/// are read with the HTTP body rules (<see cref="InboundFrameReader"/>, <c>Slack:MaxRequestBodyBytes</c>): a refused
/// one is acknowledged without a payload when its envelope id can still be read, and the loop reads on.
/// </summary>
internal sealed class SlackSocketConnection(
    int id,
    TextWebSocket socket,
    SlackSocketModeDispatcher dispatcher,
    SlackEventDeduplicator deliveries,
    InboundFrameReader frames,
    int maxFrameBytes,
    ILogger logger) : IDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource<int> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SlackDisconnectReason> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;

    public int Id => id;

    /// <summary>Completes with Slack's <c>num_connections</c> when Slack says <c>hello</c>.</summary>
    public Task<int> Hello => _hello.Task;

    /// <summary>Completes with the first reason this connection should be replaced or is gone.</summary>
    public Task<SlackDisconnectReason> Ended => _ended.Task;

    public void Start() => _receiving = ReceiveAsync(_stop.Token);

    /// <summary>Closes the socket normally and waits (bounded) for the receive loop to see Slack's close.</summary>
    public async Task CloseAsync()
    {
        _ended.TrySetResult(SlackDisconnectReason.Closed);
        await socket.CloseAsync(1000, "closing");
        await _receiving.WaitAsync(DrainTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _stop.CancelAsync();
        await _receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        _stop.Dispose();
        socket.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await socket.ReceiveAsync(cancellationToken) is { } frame)
            {
                await HandleAsync(frame, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Closed by us.
        }
        catch (WebSocketException ex)
        {
            // Also a text frame that is not UTF-8 (close 1007): the client replaces the connection. No stack trace.
            SlackSocketModeLog.ConnectionBroke(logger, id, ex.WebSocketErrorCode, ex.Message);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            SlackSocketModeLog.ReceiveFailed(logger, id, ex);
        }
        finally
        {
            // Whatever ended the loop, the client must learn of it, or it would wait on a dead connection for ever.
            _ended.TrySetResult(SlackDisconnectReason.Dropped);
            _hello.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task HandleAsync(byte[] frame, CancellationToken cancellationToken)
    {
        using var document = frames.Read(frame, "slack", maxFrameBytes);
        if (document is null)
        {
            // It will not read better on redelivery: acknowledge it (without a payload) so Slack stops sending it.
            if (ReadableEnvelopeId(frame) is { } refused)
            {
                await socket.SendAsync(BareAck(refused), cancellationToken);
            }

            return;
        }

        var root = document.RootElement;
        var type = root.String("type");
        var envelopeId = root.String("envelope_id");
        if (envelopeId is not null)
        {
            await AcknowledgeAsync(root, envelopeId, type ?? "(none)", cancellationToken);
        }
        else if (type == "hello")
        {
            _hello.TrySetResult(root.TryGetProperty("num_connections", out var n) && n.TryGetInt32(out var count) ? count : 1);
        }
        else if (type == "disconnect")
        {
            var reason = root.String("reason");
            SlackSocketModeLog.DisconnectRequested(logger, id, reason ?? "(none)");
            // "warning" only announces a refresh about ten seconds ahead; any other reason means: replace this connection.
            if (reason != "warning")
            {
                _ended.TrySetResult(reason == "link_disabled" ? SlackDisconnectReason.LinkDisabled : SlackDisconnectReason.RefreshRequested);
            }
        }
    }

    private async Task AcknowledgeAsync(JsonElement envelope, string envelopeId, string type, CancellationToken cancellationToken)
    {
        // Slack redelivers an envelope whose ack it did not see (e.g. on another connection after a drop): ack it
        // again so Slack stops, but do not queue the same work twice.
        if (!deliveries.TryRegisterEnvelope(envelopeId))
        {
            SlackSocketModeLog.Redelivered(logger, envelopeId);
            await socket.SendAsync(BareAck(envelopeId), cancellationToken);
            return;
        }

        string? ack;
        try
        {
            ack = dispatcher.Dispatch(envelope);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // A malformed envelope will not become valid on redelivery: ack it so Slack stops sending it.
            SlackSocketModeLog.BadMessage(logger, id, ex);
            ack = BareAck(envelopeId);
        }

        if (ack is null)
        {
            deliveries.ForgetEnvelope(envelopeId);
            SlackSocketModeLog.NotAcked(logger, envelopeId);
            return;
        }

        await socket.SendAsync(ack, cancellationToken);
        SlackSocketModeLog.Acked(logger, envelopeId, type, id);
    }

    private static string BareAck(string envelopeId) => new JsonObject { ["envelope_id"] = envelopeId }.ToJsonString();

    // A refused frame may still be JSON whose envelope_id reads (a lone surrogate elsewhere, a frame over the limit).
    private static string? ReadableEnvelopeId(byte[] frame)
    {
        if (!Utf8.IsValid(frame))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(frame);
            return document.RootElement.String("envelope_id");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
