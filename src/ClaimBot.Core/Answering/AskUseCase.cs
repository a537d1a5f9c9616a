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
        return composed.Result with { Text = text };
    }
}
