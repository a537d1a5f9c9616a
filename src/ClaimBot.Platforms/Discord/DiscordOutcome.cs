namespace ClaimBot.Platforms.Discord;

/// <summary>A finished command: the message to show, and whether it reports a failure (shown only to the user).</summary>
internal sealed record DiscordOutcome(DiscordMessage Message, bool Failed);
