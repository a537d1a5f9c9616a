namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
public sealed record DiscordGatewayBot(string Url, int Shards, DiscordSessionStartLimit SessionStartLimit);
