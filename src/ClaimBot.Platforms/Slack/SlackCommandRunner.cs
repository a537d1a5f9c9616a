using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Slack;

/// <summary>Runs Slack commands through the platform-neutral <see cref="ChatCommandRunner"/>.</summary>
public sealed class SlackCommandRunner(ChatCommandRunner runner) : ISlackCommandRunner
{
    public Task<ChatReply> RunAsync(ChatRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken) =>
        runner.RunAsync(request, progress, cancellationToken);
}
