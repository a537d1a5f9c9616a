using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Interactivity: the "Fact-check this message" message shortcut and the "Show all evidence" button. Acknowledges with
/// an empty 200 and queues the work. Serves HTTP (the form field <c>payload</c>) and Socket Mode <c>interactive</c> envelopes.
/// </summary>
public sealed class SlackInteractionHandler(SlackJobChannel jobs, ILogger<SlackInteractionHandler> logger)
{
    public const string FactCheckCallbackId = "factcheck_message";

    public SlackAck Handle(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return SlackAck.BadRequest("The interaction payload must be a JSON object.");
        }

        var type = payload.String("type");
        var userId = payload.Object("user")?.String("id");
        if (userId is null)
        {
            return SlackAck.BadRequest("The interaction payload needs 'user.id'.");
        }

        return type switch
        {
            "message_action" => HandleShortcut(payload, userId),
            "block_actions" => HandleBlockActions(payload, userId),
            _ => Ignore(type),
        };
    }

    private SlackAck HandleShortcut(JsonElement payload, string userId)
    {
        if (payload.String("callback_id") != FactCheckCallbackId)
        {
            return Ignore("message_action " + payload.String("callback_id"));
        }

        var message = payload.Object("message");
        var channel = payload.Object("channel")?.String("id");
        var ts = message?.String("ts");
        if (message is null || channel is null || ts is null)
        {
            return SlackAck.BadRequest("message_action needs 'channel.id' and 'message.ts'.");
        }

        var job = new SlackShortcutJob(channel, message.Value.String("thread_ts") ?? ts, message.Value.String("text") ?? string.Empty, userId, payload.String("response_url"));
        return Enqueue(payload, job, "shortcut", userId);
    }

    private SlackAck HandleBlockActions(JsonElement payload, string userId)
    {
        if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array)
        {
            return SlackAck.BadRequest("block_actions needs an 'actions' array.");
        }

        var action = actions.EnumerateArray().FirstOrDefault(a => a.String("action_id") == SlackBlocks.ShowAllEvidenceActionId);
        if (action.ValueKind != JsonValueKind.Object)
        {
            return Ignore("block_actions");
        }

        var key = action.String("value");
        var responseUrl = payload.String("response_url");
        if (key is null || responseUrl is null)
        {
            return SlackAck.BadRequest("show_all_evidence needs the button 'value' and 'response_url'.");
        }

        return Enqueue(payload, new SlackEvidenceJob(key, responseUrl, userId), "show_all_evidence", userId);
    }

    private SlackAck Enqueue(JsonElement payload, SlackJob job, string kind, string userId)
    {
        if (!jobs.TryEnqueue(job, kind + " " + (payload.String("trigger_id") ?? payload.String("action_ts") ?? "(no trigger)")))
        {
            SlackLog.QueueFull(logger, kind);
            return SlackAck.Ephemeral(":hourglass: ClaimBot is busy right now. Please try again in a minute.");
        }

        SlackLog.JobQueued(logger, kind, userId);
        return SlackAck.Empty;
    }

    private SlackAck Ignore(string? type)
    {
        SlackLog.IgnoredEvent(logger, type ?? "(none)");
        return SlackAck.Empty;
    }
}
