using ClaimBot.Core.Answering;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

public sealed class AnswerSelectionTests
{
    // P(answerable) = σ(10·coverage − 5): 0.02 at coverage 0.1, 0.98 at 0.9.
    private static readonly EngineModel Model = new(
        new RetrievalWeights(),
        new LogisticModel(0, new Dictionary<Feature, double>()),
        new LogisticModel(-5, new Dictionary<Feature, double> { [Feature.Coverage] = 10 }),
        new LogisticModel(0, new Dictionary<Feature, double>()),
        new LogisticModel(0, new Dictionary<Feature, double>()),
        Judgements.Thresholds);

    [Fact]
    public void Select_BestClaimNotAnswerable_Abstains()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", relevance: 0.9, coverage: 0.1), Judgements.Of(2, "a", relevance: 0.8, coverage: 0.9)];

        var cited = AnswerSelection.Select(judgements, Model);

        Assert.Empty(cited);
    }

    [Fact]
    public void Select_BestClaimAnswerable_CitesItFirst()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", relevance: 0.4, coverage: 0.9), Judgements.Of(2, "b", relevance: 0.8, coverage: 0.9)];

        var cited = AnswerSelection.Select(judgements, Model);

        Assert.Equal([2, 1], cited.Select(j => j.Candidate.Claim));
    }

    [Fact]
    public void Select_ManyRelevantClaims_CitesAtMostFive()
    {
        var judgements = Enumerable.Range(1, 8).Select(i => Judgements.Of(i, "a", relevance: 0.3 + (i * 0.05), coverage: 0.9)).ToList();

        var cited = AnswerSelection.Select(judgements, Model);

        Assert.Equal(AnswerSelection.MaxCitations, cited.Count);
        Assert.Equal([8, 7, 6, 5, 4], cited.Select(j => j.Candidate.Claim));
    }

    [Fact]
    public void Select_SameTextInTwoSources_CitesItOnce()
    {
        Judgement[] judgements =
        [
            Judgements.Of(1, "a", relevance: 0.9, coverage: 0.9, text: "Russia invited the United States to the talks."),
            Judgements.Of(2, "b", relevance: 0.8, coverage: 0.9, text: "Russia invited the United States to the talks"),
            Judgements.Of(3, "c", relevance: 0.7, coverage: 0.9, text: "Iran objects to US participation."),
        ];

        var cited = AnswerSelection.Select(judgements, Model);

        Assert.Equal([1, 3], cited.Select(j => j.Candidate.Claim));
    }

    [Fact]
    public void Select_FurtherClaims_KeepsThoseAtOrAboveTheCiteThreshold()
    {
        Judgement[] judgements =
        [
            Judgements.Of(1, "a", relevance: 0.9, coverage: 0.9), Judgements.Of(2, "a", relevance: Judgements.Thresholds.Cite, coverage: 0.9),
            Judgements.Of(3, "b", relevance: Judgements.Thresholds.Cite - 0.01, coverage: 0.9),
        ];

        var cited = AnswerSelection.Select(judgements, Model);

        Assert.Equal([1, 2], cited.Select(j => j.Candidate.Claim));
    }

    [Fact]
    public void Select_AnswerableBestBelowTheCiteThreshold_IsStillCited()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", relevance: 0.1, coverage: 0.9), Judgements.Of(2, "a", relevance: 0.05, coverage: 0.9)];

        var cited = AnswerSelection.Select(judgements, Model);

        Assert.Equal([1], cited.Select(j => j.Candidate.Claim));
    }

    [Fact]
    public void Select_NoJudgements_Abstains()
    {
        var cited = AnswerSelection.Select([], Model);

        Assert.Empty(cited);
    }
}
