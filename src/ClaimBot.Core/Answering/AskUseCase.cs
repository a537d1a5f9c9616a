using ClaimBot.Core.Phrasing;

namespace ClaimBot.Core.Answering;

/// <summary>Answers a question from the claims store: a short answer in the question's language, every sentence cited.</summary>
public sealed class AskUseCase(AnswerComposer composer, IReplyPhraser phraser)
{
    public async Task<Answer> AskAsync(string question, CancellationToken cancellationToken)
    {
        var composed = await composer.ComposeAsync(question, cancellationToken);
        if (composed.Phrasing is null)
        {
            return composed.Result;
        }

        var text = await phraser.PhraseAsync(composed.Phrasing, cancellationToken);

        // A model may cite fewer of the offered claims than the offline draft did; list only what the text cites.
        var cited = composed.Result.Citations.Where(c => text.Contains($"[{c.N}]", StringComparison.Ordinal)).ToList();
        return composed.Result with { Text = text, Citations = cited.Count > 0 ? cited : composed.Result.Citations };
    }
}
