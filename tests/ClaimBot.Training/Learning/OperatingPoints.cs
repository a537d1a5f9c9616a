using ClaimBot.Core.Answering;
using ClaimBot.Core.Judging;

namespace ClaimBot.Training.Learning;

/// <summary>
/// Chooses the thresholds on the train part. Answer and cite: the best mean over QA suites of
/// 0.85 x answerable items passed + 0.15 x out-of-scope questions abstained, with at most 3.5 citations per answer on
/// average (a chat reply stays short). Supports and refutes: the best mean over the check suites of items passed minus
/// items wrongly called supported (a false "supported" is a fact-checker's worst error, so it costs twice).
/// </summary>
public static class OperatingPoints
{
    public const double AbstainWeight = 0.15;
    public const double MaxMeanCitations = 3.5;
    public const double FalseSupportedCost = 1;

    private static readonly double[] Grid = Enumerable.Range(1, 38).Select(i => i * 0.025).ToArray();

    public static (double Answer, double Cite, double Objective) ChooseAsk(IReadOnlyList<JudgedItem> items, Func<Judgement, double> relevance, Func<Judgement, double> answerable)
    {
        var bySuite = items.GroupBy(i => i.Suite).ToList();
        var best = (Answer: 0.3, Cite: 0.2, Objective: double.MinValue);
        foreach (var answer in Grid)
        {
            foreach (var cite in Grid)
            {
                var cited = 0;
                var answered = 0;
                var objective = 0.0;
                foreach (var suite in bySuite)
                {
                    var inScope = suite.Where(i => !i.OutOfScope && !i.Item.Abstain).ToList();
                    var outOfScope = suite.Where(i => i.OutOfScope || i.Item.Abstain).ToList();
                    var passed = 0;
                    foreach (var item in inScope)
                    {
                        var (pass, count) = Scoring.Ask(item, answer, cite, relevance, answerable);
                        passed += pass ? 1 : 0;
                        cited += count;
                        answered += count > 0 ? 1 : 0;
                    }

                    var abstained = outOfScope.Count(i => Scoring.Ask(i, answer, cite, relevance, answerable).Pass);
                    objective += ((1 - AbstainWeight) * passed / Math.Max(1, inScope.Count)) + (AbstainWeight * abstained / Math.Max(1, outOfScope.Count));
                }

                if ((double)cited / Math.Max(1, answered) <= MaxMeanCitations && objective > best.Objective)
                {
                    best = (answer, cite, objective);
                }
            }
        }

        return (best.Answer, best.Cite, best.Objective / Math.Max(1, bySuite.Count));
    }

    /// <summary>
    /// Compare: the source and sentence shares that pass most train compare items. With a dozen items many points tie;
    /// the one nearest the middle of the tied region is taken, as the least fitted to the particular items.
    /// </summary>
    public static (double Document, double Sentence, double Objective) ChooseCompare(IReadOnlyList<JudgedItem> items)
    {
        var scored = (from document in Grid
                      from sentence in Grid
                      select (Document: document, Sentence: sentence, Objective: items.Count == 0 ? 0 : (double)items.Count(i => Scoring.Compare(i, document, sentence)) / items.Count)).ToList();
        var top = scored.Max(p => p.Objective);
        var tied = scored.Where(p => p.Objective == top).ToList();
        var (d, s) = (tied.Average(p => p.Document), tied.Average(p => p.Sentence));
        return tied.MinBy(p => Math.Pow(p.Document - d, 2) + Math.Pow(p.Sentence - s, 2));
    }

    /// <summary>
    /// Same predicate (compare's "the same fact but for one conflict"): the word-coverage share at which, among the train
    /// checks' candidates that share content words with the statement and carry a conflict, "states the predicate, with a
    /// conflict" best finds the claims labelled as refuting it (F1: the rare positives are what matters; counterfactual
    /// statements included, since a changed number refuted by the claim it came from is exactly this case).
    /// </summary>
    public static (double Threshold, double F1, IReadOnlyList<(double Threshold, double F1)> Curve) ChooseSamePredicate(IReadOnlyList<JudgedItem> checks)
    {
        var pairs = (from item in checks
                     from index in Enumerable.Range(0, item.Judgements.Count)
                     let label = item.Refutes[index]
                     where label is not null && EvidenceJudge.OnlyConflict(item.Judgements[index].Analysis, 0) is not null
                     select (Coverage: item.Judgements[index].Analysis.Features[Feature.WordCoverage], Refutes: label.Value)).ToList();
        var positives = pairs.Count(p => p.Refutes);
        var scored = Grid.Select(t =>
        {
            var found = pairs.Count(p => p.Refutes && p.Coverage >= t);
            var flagged = pairs.Count(p => p.Coverage >= t);
            return (Threshold: t, F1: found == 0 ? 0 : 2.0 * found / (flagged + positives));
        }).ToList();
        var top = scored.Max(p => p.F1);
        var tied = scored.Where(p => p.F1 == top).ToList();
        var chosen = tied[tied.Count / 2];
        return (chosen.Threshold, chosen.F1, scored);
    }

    public static (double Supports, double Refutes, double Objective) ChooseCheck(IReadOnlyList<JudgedItem> items, JudgeThresholds baseline)
    {
        // The seeds' ten checks and the news corpus' fifty are one kind of suite (news): they count as one.
        var bySuite = items.GroupBy(i => i.Suite == "seeds" ? "dev-corpus" : i.Suite).ToList();
        var best = (Supports: 0.9, Refutes: 0.9, Objective: double.MinValue);
        foreach (var supports in Grid)
        {
            foreach (var refutes in Grid)
            {
                var thresholds = baseline with { Supports = supports, Refutes = refutes };
                var objective = 0.0;
                foreach (var suite in bySuite)
                {
                    var score = 0.0;
                    foreach (var item in suite)
                    {
                        var (pass, verdict) = Scoring.Check(item, thresholds);
                        score += pass ? 1 : 0;
                        score -= verdict == VerdictKind.Supported && item.Item.Verdict != "supported" ? FalseSupportedCost : 0;
                    }

                    objective += score / suite.Count();
                }

                if (objective > best.Objective)
                {
                    best = (supports, refutes, objective);
                }
            }
        }

        return (best.Supports, best.Refutes, best.Objective / Math.Max(1, bySuite.Count));
    }
}
