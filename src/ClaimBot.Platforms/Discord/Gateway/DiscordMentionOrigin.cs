namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>The mention a bot-token REST call serves: its message id names the call in logs, and its arrival starts the delivery window.</summary>
public sealed record DiscordMentionOrigin(string MessageId, DateTimeOffset ReceivedAt);
