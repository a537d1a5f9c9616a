using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// Answers one mention with the same engine entry point and renderer as the slash commands
/// (<see cref="IDiscordCommandRunner"/>, <see cref="DiscordReplyRenderer"/>), then hands the message to
/// <see cref="DiscordMentionDelivery"/>. Text over the slash commands' limits gets their short explanation instead
/// (<see cref="DiscordInputLimits"/>). A marker claimed atomically in the claim store keeps a second instance (every
/// Gateway connection receives every message) from answering again.
/// </summary>
public sealed class DiscordMentionResponder(
    IDiscordCommandRunner runner,
    DiscordReplyRenderer renderer,
    DiscordEvidenceStates evidence,
    DiscordMentionDelivery delivery,
    DiscordBotRestClient rest,
    IClaimStore store,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordMentionResponder> logger)
{
    public const string HelpText =
        "Mention me with a question (@ClaimBot who was invited to Astana?), `@ClaimBot check <statement>` to fact-check a " +
        "statement, or reply to a message with `@ClaimBot fact-check this`. Slash commands: /ask, /factcheck, /compare.";

    private const string MarkerPrefix = "discord:message:";

    // The engine is CPU-bound; mentions queue for a core instead of all running at once.
    private static readonly SemaphoreSlim EngineSlots = new(Environment.ProcessorCount);

    public async Task RespondAsync(DiscordIncomingMessage message, DiscordMentionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(request);
        var origin = new DiscordMentionOrigin(message.Id, time.GetUtcNow());
        try
        {
            if (!await TryClaimAsync(message.Id, cancellationToken))
            {
                DiscordGatewayLog.Duplicate(logger, message.Id);
                return;
            }

            var (reply, subject) = await AnswerAsync(message, request, origin, cancellationToken);
            await delivery.DeliverAsync(message, reply, subject, origin, cancellationToken);
        }
        catch (Exception ex) when (ex is DeliveryFailedException or DiscordApiException)
        {
            // The sender has logged each attempt (7000/7001); this is the one line that says the mention went unanswered.
            DiscordGatewayLog.ReplyFailed(logger, message.Id, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordGatewayLog.MentionFailed(logger, message.Id, ex);
        }
    }

    private async Task<(DiscordMessage Reply, string Subject)> AnswerAsync(
        DiscordIncomingMessage message, DiscordMentionRequest request, DiscordMentionOrigin origin, CancellationToken cancellationToken)
    {
        if (request.Kind == ChatCommandKind.Help)
        {
            return (DiscordMessage.Text(HelpText, ephemeral: false), "ClaimBot help");
        }

        var text = request.Text;
        if (request.ChecksReferencedMessage)
        {
            var (statement, problem) = await ReferencedTextAsync(message, origin, cancellationToken);
            if (problem is not null)
            {
                return (DiscordMessage.Text(problem, ephemeral: false), "Fact-check");
            }

            text = statement!;
        }
        else if (DiscordInputLimits.OptionName(request.Kind) is { } option
            && DiscordInputLimits.CheckOption(logger, message.Id, option, text) is { } tooLong)
        {
            return (DiscordMessage.Text(tooLong, ephemeral: false), text);
        }

        var subject = request.Kind == ChatCommandKind.Check ? "Fact-check: " + text : text;
        ChatReply reply;
        await EngineSlots.WaitAsync(cancellationToken);
        try
        {
            reply = await runner.RunAsync(new ChatRequest(request.Kind, text, message.AuthorId, "discord", false), null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordGatewayLog.MentionFailed(logger, message.Id, ex);
            return (DiscordMessage.Text("Sorry, something went wrong while answering. Please try again in a moment.", ephemeral: false), subject);
        }
        finally
        {
            EngineSlots.Release();
        }

        return (await RenderAsync(reply, cancellationToken), subject);
    }

    private async Task<DiscordMessage> RenderAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        var key = DiscordEvidenceStates.NewKey();
        var rendered = renderer.Render(reply, key, ephemeral: false);
        var message = rendered.Message with { Flags = null };
        // Button clicks reach ClaimBot only through the interactions endpoint: without it the button would be dead.
        if (rendered.Evidence is null || !options.Value.IsEnabled)
        {
            return message with { Components = [] };
        }

        try
        {
            await evidence.SaveAsync(key, rendered.Evidence, cancellationToken);
            return message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return message with { Components = [] };
        }
    }

    private async Task<(string? Text, string? Problem)> ReferencedTextAsync(DiscordIncomingMessage message, DiscordMentionOrigin origin, CancellationToken cancellationToken)
    {
        if (message.ReferenceDeleted)
        {
            return (null, "That message was deleted, so there is nothing to fact-check.");
        }

        var referenced = message.Referenced
            ?? await rest.GetMessageAsync(message.ReferencedChannelId ?? message.ChannelId, message.ReferencedMessageId!, origin, cancellationToken);
        if (referenced is null || string.IsNullOrWhiteSpace(referenced.Content))
        {
            // Without the Message Content intent Discord sends empty content for messages that neither mention the bot nor are DMs.
            return (null, "I can't read that message's text. Use Apps → Fact-check this message on it, or `@ClaimBot check <statement>`.");
        }

        return DiscordInputLimits.CheckMessage(logger, message.Id, referenced.Content) is { } tooLong ? (null, tooLong) : (referenced.Content, null);
    }

    // One atomic insert across instances: exactly one of the Gateway connections that received the message answers it.
    private async Task<bool> TryClaimAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.TryAddReplyStateAsync(MarkerPrefix + messageId, "{}", time.GetUtcNow().AddHours(1), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store being down must not silence the bot; this instance's own dedupe (DiscordMentionHandler) still holds.
            DiscordGatewayLog.MarkerFailed(logger, messageId, ex.GetType().Name);
            return true;
        }
    }
}
