using ClaimBot.Core.Phrasing;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>A phraser as slow as a remote LLM can be: it waits, then phrases offline. Counts its calls.</summary>
internal sealed class SlowReplyPhraser(OfflinePhraser offline) : IReplyPhraser
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public async Task<string> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await Task.Delay(Delay, cancellationToken);
        return offline.Render(request);
    }
}
