namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// Keeps a Gateway session for mentions until cancelled. Hand-written (<see cref="DiscordGatewayClient"/>) because
/// Discord.Net is not obtainable here; a Discord.Net adapter would implement this with <c>DiscordSocketClient</c> and
/// pass each <c>MessageReceived</c> to <see cref="DiscordMentionHandler"/>, so the answering path stays the same.
/// </summary>
public interface IDiscordGatewayClient
{
    Task RunAsync(CancellationToken cancellationToken);
}
