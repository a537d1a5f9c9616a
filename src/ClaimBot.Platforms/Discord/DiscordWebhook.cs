namespace ClaimBot.Platforms.Discord;

/// <summary>Where edits and follow-ups of one interaction go: its id (for logs), its token (a credential, never logged) and when it arrived.</summary>
/// <param name="ReceivedAt">When ClaimBot received the interaction; the token's 15 minutes count from about then. Null: count from the call.</param>
public sealed record DiscordWebhook(string InteractionId, string Token, DateTimeOffset? ReceivedAt = null)
{
    public override string ToString() => $"DiscordWebhook {{ InteractionId = {InteractionId} }}";
}
