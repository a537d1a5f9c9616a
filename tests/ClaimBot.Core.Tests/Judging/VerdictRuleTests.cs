using ClaimBot.Core.Answering;
using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Tests.Judging;

public sealed class VerdictRuleTests
{
    [Fact]
    public void Decide_NothingClearsTheThresholds_IsNotEnoughInfo()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.59, refutes: 0.1), Judgements.Of(2, "b", supports: 0.2, refutes: 0.55)];

        var (verdict, supports, refutes) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(VerdictKind.NotEnoughInfo, verdict);
        Assert.Empty(supports);
        Assert.Empty(refutes);
    }

    [Fact]
    public void Decide_OnlySupportClears_IsSupported()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.8), Judgements.Of(2, "b", refutes: 0.4)];

        var (verdict, supports, refutes) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(VerdictKind.Supported, verdict);
        Assert.Equal([judgements[0]], supports);
        Assert.Empty(refutes);
    }

    [Fact]
    public void Decide_OnlyRefutationClears_IsRefuted()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.3), Judgements.Of(2, "b", refutes: 0.7)];

        var (verdict, _, refutes) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(VerdictKind.Refuted, verdict);
        Assert.Equal([judgements[1]], refutes);
    }

    [Theory]
    [InlineData(0.9, 0.7, VerdictKind.Supported)]
    [InlineData(0.7, 0.9, VerdictKind.Refuted)]
    public void Decide_BothSidesInOneSource_TheStrongerSideWins(double support, double refutation, VerdictKind expected)
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: support), Judgements.Of(2, "a", refutes: refutation)];

        var (verdict, _, _) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(expected, verdict);
    }

    [Fact]
    public void Decide_SidesFromDifferentSources_IsConflicting()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.9), Judgements.Of(2, "b", refutes: 0.65)];

        var (verdict, supports, refutes) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(VerdictKind.Conflicting, verdict);
        Assert.Single(supports);
        Assert.Single(refutes);
    }

    [Fact]
    public void Decide_RefutingSourceAlsoSupports_TheStrongerSideWins()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.9), Judgements.Of(2, "b", supports: 0.7), Judgements.Of(3, "a", refutes: 0.8)];

        var (verdict, _, _) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(VerdictKind.Supported, verdict);
    }

    [Fact]
    public void Decide_ClaimAboveBothThresholds_CountsOnlyOnItsStrongerSide()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.7, refutes: 0.9)];

        var (verdict, supports, refutes) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(VerdictKind.Refuted, verdict);
        Assert.Empty(supports);
        Assert.Single(refutes);
    }

    [Fact]
    public void Decide_ManySupportingClaims_KeepsTheStrongestFewBestFirst()
    {
        var judgements = Enumerable.Range(1, 5).Select(i => Judgements.Of(i, "a", supports: 0.6 + (i * 0.05))).ToList();

        var (_, supports, _) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        Assert.Equal(VerdictRule.MaxPerSide, supports.Count);
        Assert.Equal([5, 4, 3], supports.Select(j => j.Candidate.Claim));
    }

    [Fact]
    public void Evidence_Conflicting_AlternatesTheSidesStrongestFirst()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.95), Judgements.Of(2, "a", supports: 0.8), Judgements.Of(3, "b", refutes: 0.85), Judgements.Of(4, "b", refutes: 0.7)];
        var (verdict, supports, refutes) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        var evidence = VerdictRule.Evidence(verdict, judgements, supports, refutes, Judgements.Thresholds);

        Assert.Equal(VerdictKind.Conflicting, verdict);
        Assert.Equal([1, 3, 2, 4], evidence.Select(e => e.Judgement.Candidate.Claim));
        Assert.Equal([Stance.Supports, Stance.Refutes, Stance.Supports, Stance.Refutes], evidence.Select(e => e.Stance));
    }

    [Fact]
    public void Evidence_NotEnoughInfo_ShowsTheMostRelevantClaimsAsRelated()
    {
        Judgement[] judgements =
        [
            Judgements.Of(1, "a", relevance: 0.2), Judgements.Of(2, "a", relevance: 0.9), Judgements.Of(3, "b", relevance: 0.5),
            Judgements.Of(4, "b", relevance: 0.7), Judgements.Of(5, "c", relevance: 0.4),
        ];

        var evidence = VerdictRule.Evidence(VerdictKind.NotEnoughInfo, judgements, [], [], Judgements.Thresholds);

        Assert.Equal([2, 4, 3], evidence.Select(e => e.Judgement.Candidate.Claim));
        Assert.All(evidence, e => Assert.Equal(Stance.Related, e.Stance));
    }

    [Fact]
    public void Evidence_Supported_ShowsOnlyTheSupportingSide()
    {
        Judgement[] judgements = [Judgements.Of(1, "a", supports: 0.9), Judgements.Of(2, "a", refutes: 0.7)];
        var (verdict, supports, refutes) = VerdictRule.Decide(judgements, Judgements.Thresholds);

        var evidence = VerdictRule.Evidence(verdict, judgements, supports, refutes, Judgements.Thresholds);

        Assert.Equal(VerdictKind.Supported, verdict);
        Assert.Equal((judgements[0], Stance.Supports), Assert.Single(evidence));
    }
}
