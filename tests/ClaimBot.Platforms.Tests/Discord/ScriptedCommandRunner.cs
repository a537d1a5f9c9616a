using System.Collections.Concurrent;
using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Discord;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>A command runner that answers from a script and records what it was asked.</summary>
internal sealed class ScriptedCommandRunner : IDiscordCommandRunner
{
    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public Func<ChatRequest, IProgress<ReloadProgress>?, CancellationToken, Task<ChatReply>> Script { get; set; } =
        (request, _, _) => Task.FromResult(new ChatReply(request.Kind, Notice: "ok"));

    public Task<ChatReply> RunAsync(ChatRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Script(request, progress, cancellationToken);
    }
}
