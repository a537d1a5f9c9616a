using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Events API: echoes <c>url_verification</c>, and queues <c>app_mention</c> questions once per <c>event_id</c>
/// (Slack retries reuse the id). Serves HTTP and Socket Mode <c>events_api</c> envelopes alike.
/// </summary>
public sealed partial class SlackEventsHandler(SlackJobChannel jobs, SlackEventDeduplicator deduplicator, ILogger<SlackEventsHandler> logger)
{
    public SlackAck Handle(JsonElement envelope, string? retryNum, string? retryReason)
    {
        if (envelope.ValueKind != JsonValueKind.Object)
        {
            return SlackAck.BadRequest("The event body must be a JSON object.");
        }

        var type = envelope.String("type");
        switch (type)
        {
            case "url_verification":
                var challenge = envelope.String("challenge");
                return challenge is null
                    ? SlackAck.BadRequest("url_verification needs a 'challenge' string.")
                    : SlackAck.Ok(new JsonObject { ["challenge"] = challenge });
            case "event_callback":
                return HandleCallback(envelope, retryNum, retryReason);
            default:
                SlackLog.IgnoredEvent(logger, type ?? "(none)");
                return SlackAck.Empty;
        }
    }

    private SlackAck HandleCallback(JsonElement envelope, string? retryNum, string? retryReason)
    {
        var eventId = envelope.String("event_id");
        if (eventId is null || !envelope.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object)
        {
            return SlackAck.BadRequest("event_callback needs 'event_id' and an 'event' object.");
        }

        var type = ev.String("type");
        var botUserId = BotUserId(envelope);
        var user = ev.String("user");
        if (type != "app_mention" || ev.String("bot_id") is not null || ev.String("subtype") == "bot_message" || (user is not null && user == botUserId))
        {
            SlackLog.IgnoredEvent(logger, type ?? "(none)");
            return SlackAck.Empty;
        }

        var channel = ev.String("channel");
        var ts = ev.String("ts");
        if (channel is null || ts is null || user is null)
        {
            return SlackAck.BadRequest("app_mention needs 'channel', 'ts' and 'user'.");
        }

        if (!deduplicator.TryRegister(eventId))
        {
            SlackLog.DuplicateEvent(logger, eventId, retryNum, retryReason);
            return SlackAck.Empty;
        }

        var question = StripMention(ev.String("text") ?? string.Empty, botUserId);
        if (!jobs.TryEnqueue(new SlackMentionJob(eventId, channel, ev.String("thread_ts") ?? ts, question, user), eventId))
        {
            // Let Slack's retry deliver it again once there is room.
            deduplicator.Forget(eventId);
            SlackLog.QueueFull(logger, "app_mention");
            return SlackAck.Unavailable("ClaimBot is busy; retry later.");
        }

        SlackLog.JobQueued(logger, "app_mention", user);
        return SlackAck.Empty;
    }

    /// <summary>Removes the bot's own <c>&lt;@ID&gt;</c> mention (or, when the bot's id is unknown, the first mention).</summary>
    public static string StripMention(string text, string? botUserId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = botUserId is null
            ? MentionPattern().Replace(text, string.Empty, 1)
            : MentionPattern().Replace(text, m => m.Groups["id"].Value == botUserId ? string.Empty : m.Value);
        stripped = WhitespacePattern().Replace(stripped, " ").Trim();

        // "…the pearl, <@BOT>?" leaves "the pearl, ?": drop the space and the orphaned comma before the final mark.
        stripped = SpaceBeforePunctuationPattern().Replace(stripped, "$1");
        return OrphanSeparatorPattern().Replace(stripped, "$1").Trim(',', ':', ' ');
    }

    // authorizations[] names the installation the event is for; its is_bot entry is this app's bot user.
    private static string? BotUserId(JsonElement envelope)
    {
        if (!envelope.TryGetProperty("authorizations", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return list.EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True)
            .Select(a => a.String("user_id"))
            .FirstOrDefault(id => id is not null);
    }

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"\s+([?!.,;:])")]
    private static partial Regex SpaceBeforePunctuationPattern();

    [GeneratedRegex(@"[,;:]+([?!.])")]
    private static partial Regex OrphanSeparatorPattern();
}
