using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord;

/// <summary>The default <see cref="IDiscordCommandRunner"/>: exactly the use cases the CLI and Slack use.</summary>
public sealed class DiscordChatCommandRunner(ChatCommandRunner runner) : IDiscordCommandRunner
{
    public Task<ChatReply> RunAsync(ChatRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken) =>
        runner.RunAsync(request, progress, cancellationToken);
}
