using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Training.Learning;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Tests;

public sealed class SamePredicateTests
{
    // Refuting claims share at least 0.7 of the statement's words; the other conflicting claims at most 0.5.
    [Fact]
    public void ChooseSamePredicate_SeparableShares_ChoosesAShareBetweenTheTwoGroups()
    {
        var item = Check([(0.9, true), (0.8, true), (0.7, true), (0.5, false), (0.4, false), (0.3, false), (0.2, false)]);

        var (threshold, f1, curve) = OperatingPoints.ChooseSamePredicate([item]);

        Assert.InRange(threshold, 0.5 + 1e-9, 0.7);
        Assert.Equal(1.0, f1, 9);
        Assert.Equal(f1, curve.Max(p => p.F1), 9);
    }

    [Fact]
    public void ChooseSamePredicate_PairsWithoutAConflictOrLabel_AreNotCounted()
    {
        // Without them the best share separates 0.6 (refutes) from 0.4; with them counted it would not reach F1 1.
        var item = Check([(0.6, true, true), (0.4, false, true), (0.9, false, false), (0.95, null, true)]);

        var (threshold, f1, _) = OperatingPoints.ChooseSamePredicate([item]);

        Assert.InRange(threshold, 0.4 + 1e-9, 0.6);
        Assert.Equal(1.0, f1, 9);
    }

    private static JudgedItem Check(IReadOnlyList<(double Share, bool Refutes)> pairs) =>
        Check(pairs.Select(p => (p.Share, (bool?)p.Refutes, Conflict: true)).ToList());

    private static JudgedItem Check(IReadOnlyList<(double Share, bool? Refutes, bool Conflict)> pairs)
    {
        var judgements = pairs.Select((p, i) => Judgement(i, p.Share, p.Conflict)).ToList();
        var item = new EvalItem("t1", "check", "A statement.", [], [], [], [], "refuted", false, false);
        return new JudgedItem("test", item, true, false, judgements, judgements.Select(_ => "").ToList(),
            pairs.Select(_ => (bool?)null).ToList(), pairs.Select(_ => (bool?)null).ToList(), pairs.Select(p => p.Refutes).ToList());
    }

    private static Judgement Judgement(int index, double share, bool conflict)
    {
        var claim = new Claim($"s#{index}", "s", "A claim.", 0, 8, "en", null, false, false, false, [], [], [], "");
        var analyzed = new AnalyzedClaim(claim, [], [], [], [], [], [], [], []);
        var features = new EvidenceFeatures { [Feature.WordCoverage] = share, [Feature.NumberConflict] = conflict ? 1 : 0 };
        var analysis = new PairAnalysis(analyzed, features, [], -1, null, null) { SharedWords = 4 };
        return new Judgement(new Candidate(index, 1, 0, 1), analysis, 0.5, 0, 0, ReasonCode.Related);
    }
}
