using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. Its receive loop acknowledges every envelope on this socket as soon as the handler has
/// queued the work (the ack never waits for an answer), reports <c>hello</c> and <c>disconnect</c>, and keeps
/// receiving after a <c>refresh_requested</c> until the client closes it, so nothing sent meanwhile is lost.
/// </summary>
internal sealed class SlackSocketConnection(
    int id,
    TextWebSocket socket,
    SlackSocketModeDispatcher dispatcher,
    SlackEventDeduplicator envelopes,
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
            while (await socket.ReceiveAsync(cancellationToken) is { } message)
            {
                await HandleAsync(message, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Closed by us.
        }
        catch (WebSocketException ex)
        {
            SlackSocketModeLog.ConnectionBroke(logger, id, ex);
        }

        _ended.TrySetResult(SlackDisconnectReason.Dropped);
        _hello.TrySetCanceled(CancellationToken.None);
    }

    private async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        string? type;
        string? envelopeId;
        string? reason;
        int connections;
        try
        {
            using var document = JsonDocument.Parse(message);
            var root = document.RootElement;
            type = root.String("type");
            envelopeId = root.String("envelope_id");
            reason = root.String("reason");
            connections = root.TryGetProperty("num_connections", out var n) && n.TryGetInt32(out var count) ? count : 1;
        }
        catch (JsonException ex)
        {
            SlackSocketModeLog.BadMessage(logger, id, ex);
            return;
        }

        if (envelopeId is not null)
        {
            await AcknowledgeAsync(message, envelopeId, type ?? "(none)", cancellationToken);
        }
        else if (type == "hello")
        {
            _hello.TrySetResult(connections);
        }
        else if (type == "disconnect")
        {
            SlackSocketModeLog.DisconnectRequested(logger, id, reason ?? "(none)");
            // "warning" only announces a refresh about ten seconds ahead; any other reason means: replace this connection.
            if (reason != "warning")
            {
                _ended.TrySetResult(reason == "link_disabled" ? SlackDisconnectReason.LinkDisabled : SlackDisconnectReason.RefreshRequested);
            }
        }
    }

    private async Task AcknowledgeAsync(string message, string envelopeId, string type, CancellationToken cancellationToken)
    {
        // Slack redelivers an envelope whose ack it did not see (e.g. on another connection after a drop): ack it
        // again so Slack stops, but do not queue the same work twice.
        if (!envelopes.TryRegister(envelopeId))
        {
            SlackSocketModeLog.Redelivered(logger, envelopeId);
            await socket.SendAsync(new JsonObject { ["envelope_id"] = envelopeId }.ToJsonString(), cancellationToken);
            return;
        }

        string? ack;
        try
        {
            ack = dispatcher.Dispatch(message);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // A malformed envelope will not become valid on redelivery: ack it so Slack stops sending it.
            SlackSocketModeLog.BadMessage(logger, id, ex);
            ack = new JsonObject { ["envelope_id"] = envelopeId }.ToJsonString();
        }

        if (ack is null)
        {
            envelopes.Forget(envelopeId);
            SlackSocketModeLog.NotAcked(logger, envelopeId);
            return;
        }

        await socket.SendAsync(ack, cancellationToken);
        SlackSocketModeLog.Acked(logger, envelopeId, type, id);
    }
}
