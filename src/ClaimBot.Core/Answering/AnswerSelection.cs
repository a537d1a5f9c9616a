using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Which claims answer a question, one rule for the CLI, the chat surfaces and the training command: ranked by the
/// judge's relevance; none when P(answerable) of the best is below the answer operating point (the reply abstains);
/// else the best and the further claims at or above the citation operating point, without repeats, at most
/// <see cref="MaxCitations"/>. A question about what someone said ("What did Rojas say?") is not answered by what someone
/// else said: claims attributed to another speaker are left out, and so are unattributed claims that do not name the
/// asked speaker in their sentence or context.
/// </summary>
public static class AnswerSelection
{
    public const int MaxCitations = 5;

    public static IReadOnlyList<Judgement> Select(IReadOnlyList<Judgement> judgements, EngineModel model) =>
        Select(judgements, model.Thresholds.Answer, model.Thresholds.Cite, j => j.Relevance, j => model.Answerable.Probability(j.Analysis.Features));

    /// <summary>The same rule over any relevance and answerable scores (the training command tries candidate models with it).</summary>
    public static IReadOnlyList<Judgement> Select(IReadOnlyList<Judgement> judgements, double answer, double cite,
        Func<Judgement, double> relevance, Func<Judgement, double> answerable)
    {
        var ranked = judgements
            .Where(j => !ByAnotherSpeaker(j))
            .Select(j => (Judgement: j, Score: relevance(j)))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Judgement.Candidate.Combined).ThenBy(x => x.Judgement.Candidate.Claim)
            .ToList();
        if (ranked.Count == 0 || answerable(ranked[0].Judgement) < answer)
        {
            return [];
        }

        return ranked.Where((x, i) => i == 0 || x.Score >= cite)
            .Select(x => x.Judgement)
            .DistinctBy(j => EvidenceText.Core(j.Claim.Text))
            .Take(MaxCitations)
            .ToList();
    }

    // Another speaker's words, or words nobody is said to have spoken in a source that never names the asked speaker.
    private static bool ByAnotherSpeaker(Judgement judgement) =>
        judgement.Analysis.Features[Feature.SpeakerMismatch] > 0
        && (judgement.Analysis.Claim.Claim.Speaker is not null || !judgement.Analysis.MentionsSpeaker);
}
