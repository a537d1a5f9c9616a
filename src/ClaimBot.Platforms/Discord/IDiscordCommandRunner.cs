using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord;

/// <summary>Runs a platform-neutral chat command for the Discord adapter; the default goes through <see cref="ChatCommandRunner"/>.</summary>
public interface IDiscordCommandRunner
{
    Task<ChatReply> RunAsync(ChatRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken);
}
