using ClaimBot.Core.Phrasing;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>A deliberately slow phraser: signals <see cref="Entered"/>, waits for <see cref="Gate"/>, then phrases offline.</summary>
internal sealed class GatedReplyPhraser : IReplyPhraser
{
    private readonly OfflinePhraser _offline = new();

    public SemaphoreSlim? Gate { get; set; }

    public SemaphoreSlim Entered { get; } = new(0);

    public async Task<string> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken)
    {
        Entered.Release();
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }

        return _offline.Render(request);
    }
}
