using System.Globalization;
using System.Text.Json.Nodes;
using ClaimBot.Core.Judging;

namespace ClaimBot.Training.Learning;

/// <summary>Per suite and part (train, held out): ask items passed, out-of-scope questions abstained, check items passed and the precision of "supported".</summary>
public sealed record Report(IReadOnlyList<string> Lines, JsonObject HeldOut)
{
    public static Report Build(IReadOnlyList<JudgedItem> items, JudgeThresholds thresholds, Func<Judgement, double> answerable)
    {
        var lines = new List<string> { "suite            part      ask passed   abstained   check passed   supported precision   compare passed" };
        var heldOut = new JsonObject();
        foreach (var suite in items.GroupBy(i => i.Suite))
        {
            foreach (var train in new[] { true, false })
            {
                var part = suite.Where(i => i.Train == train).ToList();
                var ask = part.Where(i => i.Item.Kind == "ask" && !i.OutOfScope && !i.Item.Abstain).ToList();
                var oos = part.Where(i => i.Item.Kind == "ask" && (i.OutOfScope || i.Item.Abstain)).ToList();
                var check = part.Where(i => i.Item.Kind == "check").ToList();
                var askPassed = ask.Count(i => Scoring.Ask(i, thresholds.Answer, thresholds.Cite, j => j.Relevance, answerable).Pass);
                var abstained = oos.Count(i => Scoring.Ask(i, thresholds.Answer, thresholds.Cite, j => j.Relevance, answerable).Pass);
                var verdicts = check.Select(i => (Item: i, Result: Scoring.Check(i, thresholds))).ToList();
                var checkPassed = verdicts.Count(v => v.Result.Pass);
                var called = verdicts.Where(v => v.Result.Verdict == Core.Answering.VerdictKind.Supported).ToList();
                var precision = called.Count == 0 ? double.NaN : called.Count(v => v.Item.Item.Verdict == "supported") / (double)called.Count;
                var compare = part.Where(i => i.Item.Kind == "compare").ToList();
                var comparePassed = compare.Count(i => Scoring.Compare(i, thresholds.TopicDocument, thresholds.Topic));
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{suite.Key,-16} {(train ? "train" : "held-out"),-9} {Ratio(askPassed, ask.Count),-12} {Ratio(abstained, oos.Count),-11} {Ratio(checkPassed, check.Count),-14} {(double.IsNaN(precision) ? "-" : precision.ToString("0.00", CultureInfo.InvariantCulture))} ({called.Count}){"",-14} {Ratio(comparePassed, compare.Count)}"));
                if (!train)
                {
                    heldOut[suite.Key] = new JsonObject
                    {
                        ["ask"] = Ratio(askPassed, ask.Count),
                        ["abstained"] = Ratio(abstained, oos.Count),
                        ["check"] = Ratio(checkPassed, check.Count),
                        ["supportedPrecision"] = double.IsNaN(precision) ? null : Math.Round(precision, 3),
                        ["compare"] = Ratio(comparePassed, compare.Count),
                    };
                }
            }
        }

        // Precision and recall of "supported" on the held-out checks, by the threshold on P(supports), the rest as chosen.
        lines.Add("held-out 'supported' by supports threshold (precision / recall):");
        foreach (var suite in items.Where(i => i.Item.Kind == "check" && !i.Train).GroupBy(i => i.Suite))
        {
            var cells = new List<string>();
            foreach (var at in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
            {
                var t = thresholds with { Supports = at };
                var called = suite.Where(i => Scoring.Check(i, t).Verdict == Core.Answering.VerdictKind.Supported).ToList();
                var gold = suite.Count(i => i.Item.Verdict == "supported");
                var right = called.Count(i => i.Item.Verdict == "supported");
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{at:0.0}: {(called.Count == 0 ? 0 : (double)right / called.Count):0.00}/{(gold == 0 ? 0 : (double)right / gold):0.00}"));
            }

            lines.Add($"  {suite.Key,-14} " + string.Join("  ", cells));
        }

        return new Report(lines, heldOut);
    }

    private static string Ratio(int passed, int total) =>
        total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{passed}/{total} ({100.0 * passed / total:0}%)");
}
