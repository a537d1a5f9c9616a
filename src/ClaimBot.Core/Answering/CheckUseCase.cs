using ClaimBot.Core.Phrasing;

namespace ClaimBot.Core.Answering;

/// <summary>Fact-checks a statement against the sources: supported, refuted, not enough info, or conflicting.</summary>
public sealed class CheckUseCase(FactChecker checker, IReplyPhraser phraser)
{
    public async Task<FactCheck> CheckAsync(string statement, CancellationToken cancellationToken)
    {
        var composed = await checker.CheckAsync(statement, cancellationToken);
        if (composed.Phrasing is null)
        {
            return composed.Result;
        }

        var text = await phraser.PhraseAsync(composed.Phrasing, cancellationToken);
        return composed.Result with { Text = text };
    }
}
