using System.Net.WebSockets;
using System.Text.Json;
using ClaimBot.Platforms.Inbound;
using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// One Gateway WebSocket: HELLO, then heartbeats every <c>heartbeat_interval</c> (the first after a random fraction of
/// it), IDENTIFY or RESUME, then dispatches until the connection ends. A heartbeat due while the previous one is
/// still unacknowledged means a zombied connection: it is closed with a non-1000 code so the session can be resumed.
/// Payloads are read with the HTTP body rules (<see cref="InboundFrameReader"/>): a refused one is skipped (one warning,
/// no stack trace) and the connection reads on.
/// </summary>
internal sealed class DiscordGatewayConnection(
    TextWebSocket socket,
    DiscordGatewaySession session,
    string token,
    int intents,
    InboundFrameReader frames,
    TimeProvider time,
    ILogger logger,
    Action<DiscordIncomingMessage> onMessage)
{
    // Any code but 1000/1001 keeps the session resumable; 4000 is what Discord's own clients use for "reconnecting".
    private const int ResumableClose = 4000;

    private volatile bool _acknowledged = true;
    private volatile bool _zombie;
    private bool _established;

    public async Task<DiscordGatewayOutcome> RunAsync(bool resume, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeats = Task.CompletedTask;
        DiscordGatewayOutcome outcome;
        try
        {
            var first = await socket.ReceiveAsync(stop.Token);
            var hello = first is null ? null : Read(first);
            if (hello?.Op == DiscordGatewayFrame.Hello
                && hello.Data.ValueKind == JsonValueKind.Object
                && hello.Data.TryGetProperty("heartbeat_interval", out var interval)
                && interval.TryGetDouble(out var milliseconds) && milliseconds > 0)
            {
                // Started (and its first timer set) before IDENTIFY, so the heartbeat schedule never depends on Discord's answer.
                heartbeats = HeartbeatAsync(TimeSpan.FromMilliseconds(milliseconds), stop);
                await socket.SendAsync(resume && session.SessionId is { } id
                    ? DiscordGatewayFrame.ResumePayload(token, id, session.Sequence)
                    : DiscordGatewayFrame.IdentifyPayload(token, intents), stop.Token);
                outcome = await ReceiveAsync(stop.Token);
            }
            else
            {
                outcome = first is null ? Closed() : DiscordGatewayOutcome.Of(DiscordGatewayNext.Resume, "no HELLO from Discord", false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = DiscordGatewayOutcome.Of(DiscordGatewayNext.Stopped, "host stopping", _established);
        }
        catch (OperationCanceledException) when (_zombie)
        {
            outcome = DiscordGatewayOutcome.Of(DiscordGatewayNext.Resume, "zombied connection", _established);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Also a text frame that is not UTF-8: .NET fails the connection with 1007 (RFC 6455), and the session resumes.
            outcome = DiscordGatewayOutcome.Of(DiscordGatewayNext.Resume, "connection broke: " + ex.Message, _established);
        }

        await stop.CancelAsync();
        await heartbeats.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await socket.CloseAsync(outcome.Next == DiscordGatewayNext.Resume ? ResumableClose : 1000, outcome.Reason);
        return outcome;
    }

    private async Task<DiscordGatewayOutcome> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (await socket.ReceiveAsync(cancellationToken) is { } bytes)
        {
            if (Read(bytes) is not { } frame)
            {
                continue;
            }

            switch (frame.Op)
            {
                case DiscordGatewayFrame.Dispatch:
                    Dispatch(frame);
                    break;
                case DiscordGatewayFrame.Heartbeat:
                    await SendHeartbeatAsync(cancellationToken);
                    break;
                case DiscordGatewayFrame.HeartbeatAck:
                    _acknowledged = true;
                    break;
                case DiscordGatewayFrame.Reconnect:
                    return DiscordGatewayOutcome.Of(DiscordGatewayNext.Resume, "Discord asked to reconnect", _established);
                case DiscordGatewayFrame.InvalidSession when frame.Data.ValueKind == JsonValueKind.True:
                    return DiscordGatewayOutcome.Of(DiscordGatewayNext.Resume, "invalid session (resumable)", _established);
                case DiscordGatewayFrame.InvalidSession:
                    session.Invalidate();
                    // Discord asks for a random 1–5 s before identifying again; the wait starts now, before the close.
                    var pause = Task.Delay(TimeSpan.FromMilliseconds(1000 + Random.Shared.Next(4000)), time, CancellationToken.None);
                    return new DiscordGatewayOutcome(DiscordGatewayNext.Identify, "invalid session", _established, pause);
            }
        }

        return Closed();
    }

    // A refused payload's sequence number is not observed: after a resume Discord replays from the last good one.
    private DiscordGatewayFrame? Read(byte[] bytes)
    {
        using var document = frames.Read(bytes, "discord", TextWebSocket.MaxMessageBytes);
        if (document is null)
        {
            return null;
        }

        var frame = DiscordGatewayFrame.From(document.RootElement);
        if (frame is null)
        {
            DiscordGatewayLog.BadFrame(logger, "no numeric 'op'");
        }

        return frame;
    }

    private void Dispatch(DiscordGatewayFrame frame)
    {
        if (frame.Sequence is { } sequence)
        {
            session.Observe(sequence);
        }

        switch (frame.Type)
        {
            case "READY":
                var sessionId = DiscordGatewayFrame.Text(frame.Data, "session_id");
                var resumeUrl = Uri.TryCreate(DiscordGatewayFrame.Text(frame.Data, "resume_gateway_url"), UriKind.Absolute, out var u) ? u : null;
                var user = frame.Data.ValueKind == JsonValueKind.Object && frame.Data.TryGetProperty("user", out var me) ? DiscordGatewayFrame.Text(me, "id") : null;
                if (sessionId is not null)
                {
                    session.Start(sessionId, resumeUrl, user);
                }

                _established = true;
                DiscordGatewayLog.Ready(logger, session.BotUserId);
                break;
            case "RESUMED":
                _established = true;
                DiscordGatewayLog.Resumed(logger, session.Sequence);
                break;
            case "MESSAGE_CREATE" when DiscordIncomingMessage.Parse(frame.Data) is { } message:
                onMessage(message);
                break;
        }
    }

    private DiscordGatewayOutcome Closed()
    {
        var code = socket.CloseCode;
        if (code is { } fatal && DiscordGatewayCloseCodes.IsFatal(fatal))
        {
            var meaning = DiscordGatewayCloseCodes.Meaning(fatal);
            DiscordGatewayLog.Fatal(logger, fatal, meaning);
            return DiscordGatewayOutcome.Of(DiscordGatewayNext.Fatal, $"closed {fatal}", _established);
        }

        return code is { } ended && DiscordGatewayCloseCodes.EndsSession(ended)
            ? DiscordGatewayOutcome.Of(DiscordGatewayNext.Identify, $"closed {ended}", _established)
            : DiscordGatewayOutcome.Of(DiscordGatewayNext.Resume, code is null ? "closed without a code" : $"closed {code}", _established);
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationTokenSource stop)
    {
        var cancellationToken = stop.Token;
        var next = Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
        try
        {
            while (true)
            {
                await next;
                if (!_acknowledged)
                {
                    DiscordGatewayLog.Zombie(logger);
                    _zombie = true;
                    await stop.CancelAsync();
                    return;
                }

                // The next timer is set before this heartbeat goes out, so the schedule does not drift with send time.
                next = Task.Delay(interval, time, cancellationToken);
                await SendHeartbeatAsync(cancellationToken);
            }
        }
        catch (WebSocketException)
        {
            await stop.CancelAsync();
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        _acknowledged = false;
        return socket.SendAsync(DiscordGatewayFrame.HeartbeatPayload(session.Sequence), cancellationToken);
    }
}
