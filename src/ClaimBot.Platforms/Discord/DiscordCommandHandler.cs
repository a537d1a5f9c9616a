using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Application commands under Discord's 3-second rule: the command runs at once with a budget; finished in time it is
/// answered inline (type 4), otherwise deferred (type 5) and finished by <see cref="DiscordReplyWorker"/> with an
/// edit of the original response. /reload always defers and shows progress.
/// </summary>
public sealed class DiscordCommandHandler(
    IDiscordCommandRunner runner,
    DiscordReplyRenderer renderer,
    DiscordEvidenceStates evidence,
    IDiscordInteractionResponder responder,
    DiscordReplyWorker worker,
    ChatEngineSlots engine,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordCommandHandler> logger)
{
    public const string MessageCommandName = "Fact-check this message";

    /// <summary>What a deferred message is edited to when its reply could not be delivered.</summary>
    public const string ApologyText = "Sorry, ClaimBot could not deliver this answer. Please ask again.";

    // Interaction tokens live 15 minutes; stop a little earlier so the error edit still gets through.
    private static readonly TimeSpan DeferredLimit = TimeSpan.FromMinutes(14);

    public async Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, Task acknowledged)
    {
        var (request, ephemeral, problem) = Map(interaction);
        if (request is null)
        {
            return DiscordInteractionResponse.Message(DiscordMessage.Text(problem!, ephemeral: true));
        }

        if (request.Kind == ChatCommandKind.Reload && !request.IsAdmin)
        {
            DiscordLog.AdminRefused(logger, "reload", interaction.UserId);
            return DiscordInteractionResponse.Message(DiscordMessage.Text("Only ClaimBot admins can reload the sources.", ephemeral: true));
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(worker.Aborted);
        cancellation.CancelAfter(DeferredLimit);
        var progress = request.Kind == ChatCommandKind.Reload
            ? new DiscordReloadProgress(responder, interaction, acknowledged, options.Value.ProgressInterval, time, logger)
            : null;
        // The engine is CPU-bound (its SQLite calls complete synchronously), so at most one command per core runs at a
        // time, on the thread pool. When a core is free the request waits for the answer up to the inline budget;
        // otherwise it defers at once and the command queues for a core: the acknowledgement never waits on the engine.
        var hasCore = engine.TryEnter();
        var work = Task.Run(async () =>
        {
            if (!hasCore)
            {
                // Cancelled while queued: nothing was acquired, so nothing is released.
                await engine.EnterAsync(cancellation.Token);
            }

            try
            {
                return await RunAsync(interaction.Id, request, progress, ephemeral, cancellation.Token);
            }
            finally
            {
                engine.Release();
            }
        });
        var budget = request.Kind == ChatCommandKind.Reload || !hasCore ? TimeSpan.Zero : options.Value.InlineBudget;
        try
        {
            if (budget > TimeSpan.Zero)
            {
                await work.WaitAsync(budget, time);
            }
        }
        catch (TimeoutException)
        {
            // Not ready within the budget: defer below and let the worker deliver it.
        }

        if (work.IsCompleted)
        {
            cancellation.Dispose();
            var outcome = await work;
            DiscordLog.AnsweredInline(logger, interaction.Id);
            return DiscordInteractionResponse.Message(outcome.Failed ? outcome.Message.WithEphemeral(true) : outcome.Message);
        }

        var job = new DiscordDeferredJob(interaction.Id, acknowledged, async _ =>
        {
            using (cancellation)
            {
                var outcome = await work;
                if (progress is not null)
                {
                    await progress.CompleteAsync();
                }

                await DeliverOrApologiseAsync(interaction, outcome, ephemeral);
            }
        });
        if (!worker.TryEnqueue(job))
        {
            // Cancelled but not disposed: the running command may still read its token.
            await cancellation.CancelAsync();
            return DiscordInteractionResponse.Message(DiscordMessage.Text("ClaimBot is restarting; please try again in a moment.", ephemeral: true));
        }

        DiscordLog.Deferred(logger, interaction.Id);
        return DiscordInteractionResponse.Deferred(ephemeral);
    }

    private async Task<DiscordOutcome> RunAsync(string interactionId, ChatRequest request, DiscordReloadProgress? progress, bool ephemeral, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            var reply = await runner.RunAsync(request, progress, cancellationToken);
            var key = DiscordEvidenceStates.NewKey();
            var rendered = renderer.Render(reply, key, ephemeral);
            var message = rendered.Message;
            if (rendered.Evidence is not null)
            {
                try
                {
                    await evidence.SaveAsync(key, rendered.Evidence, cancellationToken);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // Without stored evidence the button would only lead to an error; the trimmed reply still stands.
                    message = message with { Components = [] };
                }
            }

            return new DiscordOutcome(message, reply.IsError);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var text = worker.Aborted.IsCancellationRequested
                ? "ClaimBot was restarting and could not finish this; please try again."
                : "That took too long to answer; please try again or ask something narrower.";
            return new DiscordOutcome(DiscordMessage.Text(text, ephemeral: true), true);
        }
        catch (Exception ex)
        {
            DiscordLog.CommandFailed(logger, interactionId, ex);
            return new DiscordOutcome(DiscordMessage.Text("Sorry, something went wrong while answering. Please try again in a moment.", ephemeral: true), true);
        }
    }

    // A reply that finally fails (Discord down for the token's window, or the reply refused with a 4xx) must not leave
    // "thinking…" for ever: the deferred message becomes a short apology, which often gets through where the reply did not.
    private async Task DeliverOrApologiseAsync(DiscordInteraction interaction, DiscordOutcome outcome, bool ephemeral)
    {
        try
        {
            await DeliverAsync(interaction, outcome, ephemeral);
            return;
        }
        catch (Exception ex) when (ex is DiscordApiException or DeliveryFailedException)
        {
            DiscordLog.DeliveryFailed(logger, interaction.Id, ex);
        }

        try
        {
            await responder.EditOriginalAsync(interaction.Webhook, DiscordMessage.Text(ApologyText, ephemeral: false), CancellationToken.None);
        }
        catch (Exception ex) when (ex is DiscordApiException or DeliveryFailedException)
        {
            DiscordLog.ApologyFailed(logger, interaction.Id, ex);
        }
    }

    private async Task DeliverAsync(DiscordInteraction interaction, DiscordOutcome outcome, bool ephemeral)
    {
        // An edit cannot change whether a message is ephemeral, so flags are not sent with edits.
        var edit = outcome.Message with { Flags = null };
        if (!outcome.Failed || ephemeral)
        {
            await responder.EditOriginalAsync(interaction.Webhook, edit, CancellationToken.None);
            DiscordLog.Delivered(logger, interaction.Id);
            return;
        }

        // A failure under a public "thinking…" message: remove it and tell only the user. Deleting first matters,
        // because a follow-up right after a deferral would otherwise replace the loading message and lose ephemeral.
        try
        {
            await responder.DeleteOriginalAsync(interaction.Webhook, CancellationToken.None);
        }
        catch (DiscordApiException)
        {
            await responder.EditOriginalAsync(interaction.Webhook, edit, CancellationToken.None);
            return;
        }

        await responder.SendFollowupAsync(interaction.Webhook, outcome.Message.WithEphemeral(true), CancellationToken.None);
        DiscordLog.Delivered(logger, interaction.Id);
    }

    private (ChatRequest? Request, bool Ephemeral, string? Problem) Map(DiscordInteraction interaction)
    {
        var ephemeral = interaction.Flag("private");
        var admin = IsAdmin(interaction);
        var user = interaction.UserId ?? "unknown";
        if (interaction.CommandType == 3)
        {
            var text = interaction.TargetMessageContent;
            if (text is not null && DiscordInputLimits.CheckMessage(logger, interaction.Id, text) is { } tooLong)
            {
                return (null, true, tooLong);
            }

            return string.IsNullOrWhiteSpace(text)
                ? (null, true, "That message has no text ClaimBot can check.")
                : (new ChatRequest(ChatCommandKind.Check, text, user, "discord", admin), false, null);
        }

        var kind = interaction.CommandName switch
        {
            "ask" => ChatCommandKind.Ask,
            "factcheck" => ChatCommandKind.Check,
            "compare" => ChatCommandKind.Compare,
            "sources" => ChatCommandKind.Sources,
            "reload" => ChatCommandKind.Reload,
            _ => ChatCommandKind.Help,
        };
        var option = DiscordInputLimits.OptionName(kind);
        var argument = option is null ? string.Empty : interaction.Text(option);
        if (option is not null && DiscordInputLimits.CheckOption(logger, interaction.Id, option, argument) is { } problem)
        {
            return (null, true, problem);
        }

        return (new ChatRequest(kind, argument, user, "discord", admin), ephemeral || kind == ChatCommandKind.Help, null);
    }

    private bool IsAdmin(DiscordInteraction interaction)
    {
        var o = options.Value;
        return (interaction.UserId is { } id && o.AdminUserIds.Contains(id))
            || interaction.RoleIds.Any(o.AdminRoleIds.Contains);
    }
}
