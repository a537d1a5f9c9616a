namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Sends what comes after the first response to an interaction (the webhook calls authorised by the interaction
/// token), retried within the token's 15 minutes. The seam a Discord.Net-based adapter would implement with
/// ModifyOriginalResponseAsync / FollowupAsync.
/// </summary>
public interface IDiscordInteractionResponder
{
    /// <summary>PATCH /webhooks/{app}/{token}/messages/@original.</summary>
    Task EditOriginalAsync(DiscordWebhook webhook, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>DELETE /webhooks/{app}/{token}/messages/@original.</summary>
    Task DeleteOriginalAsync(DiscordWebhook webhook, CancellationToken cancellationToken);

    /// <summary>POST /webhooks/{app}/{token}: a new follow-up message.</summary>
    Task SendFollowupAsync(DiscordWebhook webhook, DiscordMessage message, CancellationToken cancellationToken);
}
