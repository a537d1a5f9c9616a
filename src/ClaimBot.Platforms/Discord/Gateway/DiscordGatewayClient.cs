using System.Net.WebSockets;
using ClaimBot.Platforms.Inbound;
using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// The Gateway session loop (one shard): <c>GET /gateway/bot</c> for the URL and the session start limit, connect,
/// identify within the limit, and after every disconnect resume on <c>resume_gateway_url</c> with the session id and
/// last sequence, or identify anew when Discord invalidated the session. A connection that ends after READY/RESUMED
/// is replaced at once; failed attempts back off exponentially with jitter. Fatal close codes stop the loop.
/// </summary>
public sealed class DiscordGatewayClient(
    IServiceScopeFactory scopes,
    DiscordMentionHandler mentions,
    DiscordIdentifyGate identifyGate,
    InboundFrameReader frames,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger) : IDiscordGatewayClient
{
    private readonly DiscordGatewaySession _session = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var token = settings.BotToken ?? throw new InvalidOperationException("Discord:BotToken is required for the Gateway.");
        var intents = DiscordIntents.For(settings.Gateway);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            DiscordGatewayOutcome outcome;
            try
            {
                var resume = _session.CanResume;
                var url = resume ? _session.ResumeUrl! : await IdentifyUrlAsync(cancellationToken);
                using var socket = await TextWebSocket.ConnectAsync(WithQuery(url), cancellationToken);
                var connection = new DiscordGatewayConnection(socket, _session, token, intents, frames, time, logger, OnMessage);
                outcome = await connection.RunAsync(resume, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or WebSocketException or DiscordApiException or TaskCanceledException or System.Text.Json.JsonException)
            {
                // "If the reconnect fails, open a new connection using the URL from Get Gateway" — and identify there.
                _session.Invalidate();
                failures++;
                var delay = ReconnectBackoff.Delay(failures, settings.Gateway.ReconnectDelay, settings.Gateway.MaxReconnectDelay, Random.Shared.NextDouble());
                DiscordGatewayLog.ConnectFailed(logger, ex.GetType().Name + ": " + ex.Message, delay);
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            DiscordGatewayLog.Ended(logger, outcome.Reason, outcome.Next);
            switch (outcome.Next)
            {
                case DiscordGatewayNext.Fatal:
                case DiscordGatewayNext.Stopped:
                    return;
                case DiscordGatewayNext.Identify:
                    _session.Invalidate();
                    await outcome.Pause.WaitAsync(cancellationToken);
                    continue;
            }

            failures = outcome.Established ? 0 : failures + 1;
            if (failures > 0)
            {
                await Task.Delay(ReconnectBackoff.Delay(failures, settings.Gateway.ReconnectDelay, settings.Gateway.MaxReconnectDelay, Random.Shared.NextDouble()), time, cancellationToken);
            }
        }
    }

    private async Task<Uri> IdentifyUrlAsync(CancellationToken cancellationToken)
    {
        DiscordGatewayBot bot;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            bot = await scope.ServiceProvider.GetRequiredService<DiscordBotRestClient>().GetGatewayBotAsync(cancellationToken);
        }

        var waited = await identifyGate.WaitAsync(bot.SessionStartLimit, cancellationToken);
        if (waited > TimeSpan.Zero)
        {
            DiscordGatewayLog.IdentifyDelayed(logger, waited, bot.SessionStartLimit.Remaining, bot.SessionStartLimit.Total);
        }

        return Uri.TryCreate(bot.Url, UriKind.Absolute, out var url) && url.Scheme is "wss" or "ws"
            ? url
            : throw new DiscordApiException("Discord get gateway returned no WebSocket URL.");
    }

    // The same version and encoding on the first connection and on every resume, as Discord requires.
    private static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private void OnMessage(DiscordIncomingMessage message)
    {
        if (_session.BotUserId is { } botUserId)
        {
            mentions.Handle(message, botUserId);
        }
    }
}
