using System.Text.Json;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>Does the work behind an acknowledged Slack request and delivers the reply; every failure ends in a human message where Slack lets us send one.</summary>
public sealed class SlackJobProcessor(
    ISlackCommandRunner runner,
    ChatEngineSlots engine,
    SlackReplyRenderer renderer,
    ISlackWebApi webApi,
    ISlackResponseUrlClient responses,
    IClaimStore store,
    IOptions<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackJobProcessor> logger)
{
    public const string EvidenceKeyPrefix = "slack:evidence:";
    private const string EventMarkerPrefix = "slack:event:";

    private static readonly SlackMessage FailureMessage =
        SlackReplyRenderer.Notice(":warning: Sorry, something went wrong while checking the sources. Please try again in a moment.", escape: false);

    public Task ProcessAsync(SlackJob job, CancellationToken cancellationToken) => job switch
    {
        SlackCommandJob command => RunCommandAsync(command, cancellationToken),
        SlackMentionJob mention => AnswerMentionAsync(mention, cancellationToken),
        SlackShortcutJob shortcut => CheckMessageAsync(shortcut, cancellationToken),
        SlackEvidenceJob evidence => ShowEvidenceAsync(evidence, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(job), job?.GetType().Name, "Unknown Slack job."),
    };

    private async Task RunCommandAsync(SlackCommandJob job, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var progress = job.Request.Kind == ChatCommandKind.Reload
            ? new SlackReloadProgressPoster(responses, job.ResponseUrl, job.Origin, timeProvider, settings.ReloadProgressInterval, logger, cancellationToken)
            : null;
        var reply = await TryRunAsync(job.Request, progress, cancellationToken).ConfigureAwait(false);
        if (progress is not null)
        {
            await progress.FlushAsync().ConfigureAwait(false);
        }

        if (reply is null)
        {
            await responses.PostAsync(job.ResponseUrl, job.Origin, FailureMessage, SlackVisibility.Ephemeral, cancellationToken).ConfigureAwait(false);
            return;
        }

        var message = await RenderAsync(reply, cancellationToken).ConfigureAwait(false);
        var isAnswer = reply.Kind is ChatCommandKind.Ask or ChatCommandKind.Check or ChatCommandKind.Compare;
        var visibility = isAnswer && !reply.IsError && settings.AnswersInChannel ? SlackVisibility.InChannel : SlackVisibility.Ephemeral;
        await responses.PostAsync(job.ResponseUrl, job.Origin, message, visibility, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerMentionAsync(SlackMentionJob job, CancellationToken cancellationToken)
    {
        if (!await TryClaimEventAsync(job.EventId, cancellationToken).ConfigureAwait(false))
        {
            SlackLog.DuplicateEvent(logger, job.EventId, null, "seen by another instance");
            return;
        }

        SlackMessage message;
        if (job.Question.Length == 0)
        {
            message = SlackReplyRenderer.Notice("Ask me a question after the mention, e.g. _@ClaimBot who was invited to Astana?_", escape: false);
        }
        else
        {
            var reply = await TryRunAsync(new ChatRequest(ChatCommandKind.Ask, job.Question, job.UserId, "slack", false), null, cancellationToken).ConfigureAwait(false);
            message = reply is null ? FailureMessage : await RenderAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        // A failure (not_in_channel, invalid_auth, …) is logged by the client; a mention has no other channel back to the user.
        await webApi.PostMessageAsync(job.Channel, job.ThreadTs, message, job.Origin, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckMessageAsync(SlackShortcutJob job, CancellationToken cancellationToken)
    {
        if (job.Statement.Trim().Length == 0)
        {
            await NotifyAsync(job.ResponseUrl, job.Origin, "That message has no text to fact-check.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (job.Statement.Length > SlackCommandHandler.MaxInputChars)
        {
            SlackLog.InputTooLong(logger, "shortcut", job.UserId, job.Statement.Length, SlackCommandHandler.MaxInputChars);
            await NotifyAsync(job.ResponseUrl, job.Origin, $"That message is too long to fact-check ({job.Statement.Length} characters; the limit is {SlackCommandHandler.MaxInputChars}).", cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = await TryRunAsync(new ChatRequest(ChatCommandKind.Check, job.Statement, job.UserId, "slack", false), null, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            await NotifyAsync(job.ResponseUrl, job.Origin, FailureMessage.Text, cancellationToken).ConfigureAwait(false);
            return;
        }

        var message = await RenderAsync(reply, cancellationToken).ConfigureAwait(false);
        var posted = await webApi.PostMessageAsync(job.Channel, job.ThreadTs, message, job.Origin, cancellationToken).ConfigureAwait(false);
        if (!posted.Ok)
        {
            var hint = posted.Error is "not_in_channel" or "channel_not_found" ? " Invite @ClaimBot to the channel and try again." : string.Empty;
            await NotifyAsync(job.ResponseUrl, job.Origin, $"I couldn't reply in that thread (Slack said `{posted.Error}`).{hint}", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ShowEvidenceAsync(SlackEvidenceJob job, CancellationToken cancellationToken)
    {
        var json = job.StateKey.StartsWith(EvidenceKeyPrefix, StringComparison.Ordinal)
            ? await store.GetReplyStateAsync(job.StateKey, cancellationToken).ConfigureAwait(false)
            : null;
        var items = json is null ? null : JsonSerializer.Deserialize<List<SlackEvidenceItem>>(json, SlackJson.Options);
        if (items is null)
        {
            SlackLog.EvidenceStateMissing(logger, job.StateKey);
            await NotifyAsync(job.ResponseUrl, job.Origin, "That evidence is no longer available. Please ask again.", cancellationToken).ConfigureAwait(false);
            return;
        }

        await responses.PostAsync(job.ResponseUrl, job.Origin, SlackReplyRenderer.RenderAllEvidence(items), SlackVisibility.Ephemeral, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatReply?> TryRunAsync(ChatRequest request, SlackReloadProgressPoster? progress, CancellationToken cancellationToken)
    {
        try
        {
            // A reload parallelises its own work and would hold a slot for its whole run; everything else is engine work.
            return request.Kind == ChatCommandKind.Reload
                ? await runner.RunAsync(request, progress, cancellationToken).ConfigureAwait(false)
                : await engine.RunAsync(() => runner.RunAsync(request, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SlackLog.JobFailed(logger, request.Kind.ToString(), ex);
            return null;
        }
    }

    private async Task<SlackMessage> RenderAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        var key = EvidenceKeyPrefix + Guid.NewGuid().ToString("N");
        var rendered = renderer.Render(reply, key);
        if (rendered.FullEvidence is not null)
        {
            var json = JsonSerializer.Serialize(rendered.FullEvidence, SlackJson.Options);
            var expires = timeProvider.GetUtcNow() + options.Value.EvidenceStateLifetime;
            try
            {
                await store.SaveReplyStateAsync(key, json, expires, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The reply still goes out; the button will then say the evidence is unavailable.
                SlackLog.EvidenceStateSaveFailed(logger, ex);
            }
        }

        return rendered.Message;
    }

    private async Task NotifyAsync(string? responseUrl, SlackOrigin origin, string text, CancellationToken cancellationToken)
    {
        if (responseUrl is not null)
        {
            await responses.PostAsync(responseUrl, origin, SlackReplyRenderer.Notice(text, escape: false), SlackVisibility.Ephemeral, cancellationToken).ConfigureAwait(false);
        }
    }

    // One atomic insert across instances (HTTP or Socket Mode alike): a retry that reached another instance is a no-op.
    private async Task<bool> TryClaimEventAsync(string eventId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.TryAddReplyStateAsync(EventMarkerPrefix + eventId, "{}", timeProvider.GetUtcNow().AddHours(1), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SlackLog.EventMarkerFailed(logger, ex);
            return true;
        }
    }
}
