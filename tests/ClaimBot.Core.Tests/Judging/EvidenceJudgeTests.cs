using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

public sealed class EvidenceJudgeTests
{
    // Relevance follows Coverage, support follows ExactCoverage, refutation follows the two conflicts below.
    private static readonly EngineModel Model = new(
        new RetrievalWeights(),
        new LogisticModel(-5, new Dictionary<Feature, double> { [Feature.Coverage] = 10 }),
        new LogisticModel(0, new Dictionary<Feature, double>()),
        new LogisticModel(-5, new Dictionary<Feature, double> { [Feature.ExactCoverage] = 10 }),
        new LogisticModel(-5, new Dictionary<Feature, double> { [Feature.NegationTimesCoverage] = 6, [Feature.NumberConflictTimesCoverage] = 9 }),
        new JudgeThresholds { Supports = 0.6, Refutes = 0.6, Evidence = 0.3 });

    [Fact]
    public void Judge_StrongSupport_IsEntails()
    {
        var judgement = Judge(f => { f[Feature.Coverage] = 0.9; f[Feature.ExactCoverage] = 0.9; });

        Assert.Equal(ReasonCode.Entails, judgement.Reason);
        Assert.True(judgement.Supports > 0.95);
    }

    [Fact]
    public void Judge_RefutationAboveSupport_NamesTheConflictThatAddsMost()
    {
        var judgement = Judge(f => { f[Feature.Coverage] = 0.9; f[Feature.NegationMismatch] = 1; f[Feature.NumberConflict] = 1; });

        Assert.Equal(ReasonCode.DifferentNumber, judgement.Reason);
        Assert.True(judgement.Refutes > judgement.Supports);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void RefuteProbability_PlaceConflict_IsAConflictTheJudgeCanName(double placeConflict, bool refutable)
    {
        var refutes = new LogisticModel(-2, new Dictionary<Feature, double> { [Feature.PlaceConflictTimesCoverage] = 8 });
        var features = new EvidenceFeatures { [Feature.Coverage] = 0.9, [Feature.PlaceConflict] = placeConflict };
        features.AddInteractions();

        var probability = EvidenceJudge.RefuteProbability(refutes, features);

        Assert.Equal(refutable, probability > 0.5);
        Assert.Equal(refutable ? ReasonCode.DifferentPlace : ReasonCode.Opposite, new EvidenceJudge(Model with { Refutes = refutes }).ConflictOf(features));
    }

    [Fact]
    public void Judge_RelevantButNeitherSide_IsRelated()
    {
        var judgement = Judge(f => f[Feature.Coverage] = 0.6);

        Assert.Equal(ReasonCode.Related, judgement.Reason);
    }

    [Fact]
    public void Judge_NothingShared_IsUnrelated()
    {
        var judgement = Judge(_ => { });

        Assert.Equal(ReasonCode.Unrelated, judgement.Reason);
        Assert.Equal(1 / (1 + Math.Exp(5)), judgement.Relevance, 9);
    }

    [Fact]
    public void ConflictOf_NoWeightedConflictButNegation_IsNegation()
    {
        var features = new EvidenceFeatures { [Feature.NegationMismatch] = 1 };

        var reason = new EvidenceJudge(Model).ConflictOf(features);

        Assert.Equal(ReasonCode.Negation, reason);
    }

    [Fact]
    public void AddInteractions_ConflictAndCoverage_MultipliesThem()
    {
        var features = new EvidenceFeatures { [Feature.Coverage] = 0.5, [Feature.DateConflict] = 1, [Feature.Opposition] = 1 };

        features.AddInteractions();

        Assert.Equal(0.5, features[Feature.DateConflictTimesCoverage]);
        Assert.Equal(0.5, features[Feature.OppositionTimesCoverage]);
        Assert.Equal(0, features[Feature.NegationTimesCoverage]);
    }

    [Fact]
    public void Indexer_NonFiniteValue_IsStoredAsZero()
    {
        var features = new EvidenceFeatures();

        features[Feature.SentenceBm25] = double.NaN;
        features[Feature.DocumentBm25] = double.PositiveInfinity;

        Assert.Equal(0, features[Feature.SentenceBm25]);
        Assert.Equal(0, features[Feature.DocumentBm25]);
    }

    [Theory]
    [InlineData(0.55, 3, 0.5, ReasonCode.DifferentNumber)]
    [InlineData(0.55, 3, 0.6, null)]
    [InlineData(0.9, 2, 0.5, null)]
    public void OnlyConflict_ReadsTheSamePredicateShareOfContentWords(double wordCoverage, int sharedWords, double samePredicate, ReasonCode? expected)
    {
        var features = new EvidenceFeatures { [Feature.WordCoverage] = wordCoverage, [Feature.NumberConflict] = 1 };
        var pair = Judgements.Of(1, "a").Analysis with { Features = features, SharedWords = sharedWords };
        // The support operating points sit far from the share, so only the same-predicate share can decide.
        var judge = new EvidenceJudge(Model with { Thresholds = Model.Thresholds with { SameFact = 0.95, Supports = 0.95, SamePredicate = samePredicate } });

        Assert.Equal(expected, judge.OnlyConflict(pair));
    }

    private static Judgement Judge(Action<EvidenceFeatures> set)
    {
        var features = new EvidenceFeatures();
        set(features);
        features.AddInteractions();
        var claim = Judgements.Of(1, "a");
        return new EvidenceJudge(Model).Judge(claim.Candidate, claim.Analysis with { Features = features });
    }
}
