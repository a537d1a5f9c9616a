namespace ClaimBot.Core.Phrasing;

/// <summary><see cref="IReplyPhraser"/> over <see cref="OfflinePhraser"/> alone, for hosts that do not load the Semantic Kernel layer.</summary>
public sealed class OfflineReplyPhraser(OfflinePhraser offline) : IReplyPhraser
{
    public Task<string> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(offline.Render(request));
}
