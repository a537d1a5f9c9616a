using System.Net.WebSockets;
using ClaimBot.Platforms.Inbound;
using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>
/// Hand-written Socket Mode client (SlackNet is not obtainable here), shaped after SlackNet's: <c>apps.connections.open</c>
/// for a one-use URL, a WebSocket, an ack per envelope, and a new connection whenever Slack asks or the old one breaks.
/// On <c>refresh_requested</c> the new connection is open (Slack said <c>hello</c>) before the old one is closed, so
/// there is no moment without a socket. Failed connects back off exponentially with jitter; a dropped connection is
/// replaced at once. Redelivered envelopes (same <c>envelope_id</c>, or an event's same <c>event_id</c>, also one
/// that came over HTTP) are acked again but answered once: both ids live in the one <see cref="SlackEventDeduplicator"/>.
/// </summary>
public sealed class SlackSocketModeClient(
    IServiceScopeFactory scopes,
    SlackSocketModeDispatcher dispatcher,
    SlackEventDeduplicator deliveries,
    InboundFrameReader frames,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackSocketModeClient> logger) : ISlackSocketModeClient
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private int _connections;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        SlackSocketConnection? current = null;
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var (next, error, retryAfter) = await TryConnectAsync(cancellationToken);
                if (next is null)
                {
                    failures++;
                    var backoff = ReconnectBackoff.Delay(failures, options.Value.SocketReconnectDelay, options.Value.SocketMaxReconnectDelay, Random.Shared.NextDouble());
                    var delay = retryAfter is { } after && after > backoff ? after : backoff;
                    SlackSocketModeLog.ConnectFailed(logger, error ?? "unknown", delay);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                failures = 0;
                if (current is not null)
                {
                    // The refreshed connection is up: only now let the old one go.
                    await CloseAsync(current);
                }

                current = next;
                var reason = await current.Ended.WaitAsync(cancellationToken);
                SlackSocketModeLog.Ended(logger, current.Id, reason);
                if (reason == SlackDisconnectReason.LinkDisabled)
                {
                    SlackSocketModeLog.LinkDisabled(logger);
                    return;
                }

                if (reason != SlackDisconnectReason.RefreshRequested)
                {
                    await CloseAsync(current);
                    current = null;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            if (current is not null)
            {
                await CloseAsync(current);
            }
        }
    }

    private async Task<(SlackSocketConnection? Connection, string? Error, TimeSpan? RetryAfter)> TryConnectAsync(CancellationToken cancellationToken)
    {
        TextWebSocket? socket = null;
        try
        {
            SlackConnectionOpenResult ticket;
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                ticket = await scope.ServiceProvider.GetRequiredService<SlackConnectionsClient>().OpenAsync(cancellationToken);
            }

            if (ticket.Url is null)
            {
                return (null, "apps.connections.open: " + ticket.Error, ticket.RetryAfter);
            }

            socket = await TextWebSocket.ConnectAsync(ticket.Url, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or WebSocketException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket?.Dispose();
            return (null, ex.GetType().Name + ": " + ex.Message, null);
        }

        var connection = new SlackSocketConnection(
            Interlocked.Increment(ref _connections), socket, dispatcher, deliveries, frames, options.Value.MaxRequestBodyBytes, logger);
        connection.Start();
        var hello = connection.Hello;
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            await Task.WhenAny(hello, Task.Delay(HelloTimeout, time, wait.Token));
            await wait.CancelAsync();
        }

        if (!hello.IsCompletedSuccessfully)
        {
            await CloseAsync(connection);
            cancellationToken.ThrowIfCancellationRequested();
            return (null, "no hello from Slack", null);
        }

        SlackSocketModeLog.Connected(logger, connection.Id, hello.Result);
        return (connection, null, null);
    }

    private static async Task CloseAsync(SlackSocketConnection connection)
    {
        await connection.CloseAsync();
        connection.Dispose();
    }
}
