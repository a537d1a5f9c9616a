using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Phrasing;

/// <summary>Which of a statement's candidates the model is asked about, and what its judgements make of them.</summary>
internal static class StanceCandidates
{
    /// <summary>
    /// The positions in <paramref name="candidates"/> of the (at most) <paramref name="count"/> the offline judge rates highest on
    /// any of its three scores, best first; [n] in the prompt is the n-th of these.
    /// </summary>
    public static IReadOnlyList<int> Offer(IReadOnlyList<Judgement> candidates, int count) =>
        Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => Math.Max(candidates[i].Relevance, Math.Max(candidates[i].Supports, candidates[i].Refutes)))
            .ThenBy(i => candidates[i].Candidate.Claim)
            .Take(count)
            .ToList();

    /// <summary>
    /// The candidates (same claims, same order) with the model's stance in place of the judge's: supports and refutes become
    /// certain, irrelevant and unjudged claims cannot take a side, so the verdict follows the model alone. Relevance, which
    /// decides the evidence shown for not enough info, is the judge's.
    /// </summary>
    /// <param name="stances">By prompt number: [n] is <c>candidates[offered[n - 1]]</c>.</param>
    public static IReadOnlyList<Judgement> Apply(IReadOnlyList<Judgement> candidates, IReadOnlyList<int> offered, IReadOnlyDictionary<int, ModelStance> stances)
    {
        var byPosition = stances.ToDictionary(s => offered[s.Key - 1], s => s.Value);
        return candidates.Select((j, i) => byPosition.TryGetValue(i, out var stance) ? Judged(j, stance) : j with
        {
            Supports = 0,
            Refutes = 0,
            Reason = IsSide(j.Reason) ? ReasonCode.Related : j.Reason,
        }).ToList();
    }

    private static Judgement Judged(Judgement judgement, ModelStance stance) => stance switch
    {
        ModelStance.Supports => judgement with { Supports = 1, Refutes = 0, Reason = ReasonCode.Entails },
        // The judge's reason names the conflict when it saw one (another date, a negation); otherwise "opposite" is all we know.
        ModelStance.Refutes => judgement with { Supports = 0, Refutes = 1, Reason = IsConflict(judgement.Reason) ? judgement.Reason : ReasonCode.Opposite },
        _ => judgement with { Supports = 0, Refutes = 0, Reason = ReasonCode.Unrelated },
    };

    private static bool IsSide(ReasonCode reason) => reason == ReasonCode.Entails || IsConflict(reason);

    private static bool IsConflict(ReasonCode reason) => reason is not (ReasonCode.Unrelated or ReasonCode.Related or ReasonCode.Entails);
}
