using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Feeds Socket Mode envelopes to the same handlers as HTTP (the envelope payload equals the HTTP body) and returns the
/// acknowledgement to send on the socket. No signature check: the socket is authenticated by the app-level token.
/// <see cref="SocketMode.SlackSocketModeClient"/> calls this per message and sends the ack before any work runs: the
/// handlers only validate and queue, the work happens in <see cref="SlackWorker"/>.
/// </summary>
public sealed class SlackSocketModeDispatcher(
    SlackCommandHandler commands,
    SlackEventsHandler events,
    SlackInteractionHandler interactions,
    ILogger<SlackSocketModeDispatcher> logger)
{
    /// <summary>
    /// The ack JSON for an envelope (already parsed by <see cref="Inbound.InboundFrameReader"/>, so every string in it
    /// decodes), or null when nothing must be sent: control messages (<c>hello</c>, <c>disconnect</c>), and an event the
    /// full queue could not take, which Slack then redelivers (<c>retry_attempt</c>) instead of losing it.
    /// </summary>
    public string? Dispatch(JsonElement root)
    {
        var type = root.String("type");
        var envelopeId = root.String("envelope_id");
        if (envelopeId is null)
        {
            SlackLog.EnvelopeIgnored(logger, type ?? "(none)");
            return null;
        }

        var payload = root.TryGetProperty("payload", out var p) ? p : default;
        var ack = type switch
        {
            "slash_commands" => commands.Handle(SlackSlashCommand.FromJson(payload)),
            "events_api" => events.Handle(payload, RetryAttempt(root), root.String("retry_reason")),
            "interactive" => interactions.Handle(payload),
            _ => null,
        };
        if (ack is null)
        {
            SlackLog.EnvelopeIgnored(logger, type ?? "(none)");
        }
        else if (ack.StatusCode == 503)
        {
            return null;
        }

        var reply = new JsonObject { ["envelope_id"] = envelopeId };
        var acceptsPayload = root.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True;
        if (acceptsPayload && ack?.Body is { } body)
        {
            reply["payload"] = body.DeepClone();
        }

        return reply.ToJsonString();
    }

    private static string? RetryAttempt(JsonElement root) =>
        root.TryGetProperty("retry_attempt", out var attempt) && attempt.TryGetInt32(out var n) && n > 0
            ? n.ToString(CultureInfo.InvariantCulture)
            : null;
}
