using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Slack;

/// <summary>The seam between the Slack adapter and the engine; the default runs <see cref="ChatCommandRunner"/>.</summary>
public interface ISlackCommandRunner
{
    Task<ChatReply> RunAsync(ChatRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken);
}
