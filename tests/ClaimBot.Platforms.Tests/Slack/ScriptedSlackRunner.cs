using System.Collections.Concurrent;
using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Slack;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>A command runner that answers from a script, records requests and can be held on a gate.</summary>
internal sealed class ScriptedSlackRunner : ISlackCommandRunner
{
    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public Func<ChatRequest, IProgress<ReloadProgress>?, ChatReply> Reply { get; set; } =
        (request, _) => new ChatReply(request.Kind, Answer: SlackSamples.Answer(3));

    /// <summary>When set, each run signals <see cref="Entered"/> and then waits for the gate.</summary>
    public SemaphoreSlim? Gate { get; set; }

    public SemaphoreSlim Entered { get; } = new(0);

    public async Task<ChatReply> RunAsync(ChatRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        Entered.Release();
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }

        return Reply(request, progress);
    }
}
