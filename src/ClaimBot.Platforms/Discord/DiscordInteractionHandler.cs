using ClaimBot.Platforms.Chat;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord;

/// <summary>Answers a verified interaction: PING, commands, the "Show all evidence" button, and autocomplete.</summary>
public sealed class DiscordInteractionHandler(
    DiscordCommandHandler commands,
    DiscordEvidenceStates evidence,
    IDiscordCommandRunner runner,
    DiscordReplyWorker worker,
    IDiscordInteractionResponder responder,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger)
{
    private static readonly TimeSpan AutocompleteBudget = TimeSpan.FromSeconds(1.5);

    /// <param name="acknowledged">Completes once the HTTP response has been sent to Discord.</param>
    public async Task<DiscordInteractionResponse> HandleAsync(DiscordInteraction interaction, Task acknowledged, CancellationToken cancellationToken)
    {
        DiscordLog.Received(logger, interaction.Id, interaction.Type, interaction.CommandName);
        return interaction.Type switch
        {
            DiscordInteraction.Ping => DiscordInteractionResponse.Pong,
            DiscordInteraction.ApplicationCommand => await commands.HandleAsync(interaction, acknowledged),
            DiscordInteraction.MessageComponent => await ComponentAsync(interaction, acknowledged, cancellationToken),
            DiscordInteraction.Autocomplete => await AutocompleteAsync(interaction, cancellationToken),
            _ => DiscordInteractionResponse.Message(DiscordMessage.Text("ClaimBot does not handle this kind of interaction.", ephemeral: true)),
        };
    }

    private async Task<DiscordInteractionResponse> ComponentAsync(DiscordInteraction interaction, Task acknowledged, CancellationToken cancellationToken)
    {
        var customId = interaction.CustomId ?? string.Empty;
        if (!customId.StartsWith(DiscordReplyRenderer.EvidenceIdPrefix, StringComparison.Ordinal))
        {
            return DiscordInteractionResponse.Message(DiscordMessage.Text("This button is no longer supported.", ephemeral: true));
        }

        var key = customId[DiscordReplyRenderer.EvidenceIdPrefix.Length..];
        DiscordEvidenceState? state;
        try
        {
            state = await evidence.GetAsync(key, cancellationToken).WaitAsync(AutocompleteBudget, time, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiscordLog.CommandFailed(logger, interaction.Id, ex);
            return DiscordInteractionResponse.Message(DiscordMessage.Text("Sorry, the evidence could not be loaded right now. Please try again.", ephemeral: true));
        }

        var pages = state is null ? [] : DiscordEvidenceView.Pages(state);
        if (pages.Count == 0)
        {
            DiscordLog.EvidenceMissing(logger, key);
            return DiscordInteractionResponse.Message(DiscordMessage.Text("This evidence is no longer available; please ask again.", ephemeral: true));
        }

        if (pages.Count > 1)
        {
            var rest = pages.Skip(1).ToList();
            worker.TryEnqueue(new DiscordDeferredJob(interaction.Id, acknowledged, async _ =>
            {
                foreach (var page in rest)
                {
                    await responder.SendFollowupAsync(interaction.Webhook, page, CancellationToken.None);
                }
            }));
        }

        return DiscordInteractionResponse.Message(pages[0]);
    }

    private async Task<DiscordInteractionResponse> AutocompleteAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.CommandName != "compare" || interaction.FocusedOption != "topic")
        {
            return DiscordInteractionResponse.Choices([]);
        }

        var typed = interaction.Text("topic").Trim();
        try
        {
            var request = new ChatRequest(ChatCommandKind.Sources, string.Empty, interaction.UserId ?? "unknown", "discord", false);
            var reply = await runner.RunAsync(request, null, cancellationToken).WaitAsync(AutocompleteBudget, time, cancellationToken);
            var choices = (reply.Sources ?? [])
                .Select(s => string.IsNullOrWhiteSpace(s.Title) ? s.Id : s.Title!)
                .Where(t => typed.Length == 0 || t.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(25)
                .Select(t => DiscordText.Fit(t, 100))
                .Select(t => new DiscordAutocompleteChoice(t, t))
                .ToList();
            return DiscordInteractionResponse.Choices(choices);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Autocomplete has no deferred form; no suggestions is better than a failed interaction.
            return DiscordInteractionResponse.Choices([]);
        }
    }
}
