using ClaimBot.Core.Judging;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Tests.Judging;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class StanceCandidatesTests
{
    [Fact]
    public void Offer_EightCandidates_OffersTheSixBestOnAnyScoreBestFirst()
    {
        var candidates = new[]
        {
            Judgements.Of(0, "a", relevance: 0.10),
            Judgements.Of(1, "a", relevance: 0.20, refutes: 0.90),
            Judgements.Of(2, "a", relevance: 0.30),
            Judgements.Of(3, "b", relevance: 0.05),
            Judgements.Of(4, "b", relevance: 0.40, supports: 0.80),
            Judgements.Of(5, "b", relevance: 0.50),
            Judgements.Of(6, "b", relevance: 0.60),
            Judgements.Of(7, "b", relevance: 0.01),
        };

        var offered = StanceCandidates.Offer(candidates, 6);

        Assert.Equal([1, 4, 6, 5, 2, 0], offered);
    }

    [Fact]
    public void Apply_ModelStances_ReplaceTheJudgesAndUnjudgedClaimsTakeNoSide()
    {
        var candidates = new[]
        {
            Judgements.Of(0, "a", supports: 0.9, relevance: 0.9) with { Reason = ReasonCode.Entails },
            Judgements.Of(1, "a", relevance: 0.4),
            Judgements.Of(2, "b", refutes: 0.2, relevance: 0.3) with { Reason = ReasonCode.DifferentDate },
            Judgements.Of(3, "b", relevance: 0.2),
            Judgements.Of(4, "b", supports: 0.7, relevance: 0.1) with { Reason = ReasonCode.Entails },
        };
        IReadOnlyList<int> offered = [0, 1, 2, 3];
        var stances = new Dictionary<int, ModelStance> { [1] = ModelStance.Irrelevant, [2] = ModelStance.Supports, [3] = ModelStance.Refutes, [4] = ModelStance.Refutes };

        var reviewed = StanceCandidates.Apply(candidates, offered, stances);

        Assert.Equal(candidates.Select(c => c.Candidate), reviewed.Select(r => r.Candidate));
        Assert.Equal(candidates.Select(c => c.Relevance), reviewed.Select(r => r.Relevance));
        Assert.Equal(
            [(0.0, 0.0, ReasonCode.Unrelated), (1.0, 0.0, ReasonCode.Entails), (0.0, 1.0, ReasonCode.DifferentDate), (0.0, 1.0, ReasonCode.Opposite), (0.0, 0.0, ReasonCode.Related)],
            reviewed.Select(r => (r.Supports, r.Refutes, r.Reason)));
    }
}
