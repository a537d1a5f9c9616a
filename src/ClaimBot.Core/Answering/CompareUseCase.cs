using ClaimBot.Core.Phrasing;

namespace ClaimBot.Core.Answering;

/// <summary>Compares what different sources say about a topic, across languages.</summary>
public sealed class CompareUseCase(TopicComparer comparer, IReplyPhraser phraser)
{
    public async Task<Comparison> CompareAsync(string topic, CancellationToken cancellationToken)
    {
        var composed = await comparer.CompareAsync(topic, cancellationToken);
        if (composed.Phrasing is null)
        {
            return composed.Result;
        }

        var text = await phraser.PhraseAsync(composed.Phrasing, cancellationToken);
        return composed.Result with { Text = text };
    }
}
