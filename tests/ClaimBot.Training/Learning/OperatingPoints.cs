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

    /// <summary>Compare: the source and sentence shares that pass most train compare items (ties: the higher, shorter comparison).</summary>
    public static (double Document, double Sentence, double Objective) ChooseCompare(IReadOnlyList<JudgedItem> items)
    {
        var best = (Document: 0.3, Sentence: 0.3, Objective: -1.0);
        foreach (var document in Grid)
        {
            foreach (var sentence in Grid)
            {
                var passed = items.Count(i => Scoring.Compare(i, document, sentence));
                var objective = items.Count == 0 ? 0 : (double)passed / items.Count;
                if (objective > best.Objective || (objective == best.Objective && document + sentence > best.Document + best.Sentence))
                {
                    best = (document, sentence, objective);
                }
            }
        }

        return best;
    }

    public static (double Supports, double Refutes, double Objective) ChooseCheck(IReadOnlyList<JudgedItem> items, JudgeThresholds baseline)
    {
        var bySuite = items.GroupBy(i => i.Suite).ToList();
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
