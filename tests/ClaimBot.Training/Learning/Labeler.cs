using ClaimBot.Core.Judging;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Learning;

/// <summary>
/// Labels judged candidates from what an eval item says: an answer-bearing sentence of the cited source is relevant;
/// for a statement, the best-covering claim of each cited source supports (or refutes) it and its other claims are left
/// out (the item does not say which of them carries it); claims of other sources neither support nor refute.
/// </summary>
public static class Labeler
{
    public static IReadOnlyList<bool?> Relevance(EvalItem item, bool outOfScope, IReadOnlyList<Judgement> judgements, IReadOnlyList<string> prefixes)
    {
        var labels = new bool?[judgements.Count];
        for (var i = 0; i < judgements.Count; i++)
        {
            if (outOfScope || item.Abstain)
            {
                labels[i] = false;
                continue;
            }

            var inCited = item.Cite.Count == 0 || item.Cite.Contains(prefixes[i]);
            var text = judgements[i].Claim.Text;
            if (item.AnswerAny.Count > 0)
            {
                labels[i] = inCited && item.AnswerAny.Any(a => AnswerMatch.Found(a, text));
            }
            else if (item.Mention.Count > 0)
            {
                labels[i] = !inCited ? false : AnswerMatch.MentionsAny(item.Mention, text) ? true : null;
            }
            else
            {
                labels[i] = inCited ? null : false;
            }
        }

        return labels;
    }

    public static (IReadOnlyList<bool?> Supports, IReadOnlyList<bool?> Refutes) Stances(EvalItem item, IReadOnlyList<Judgement> judgements, IReadOnlyList<string> prefixes)
    {
        var gold = item.Cite.Concat(item.CiteAny.SelectMany(g => g)).ToHashSet(StringComparer.Ordinal);
        var best = judgements.Select((j, i) => (j, i)).Where(x => gold.Contains(prefixes[x.i]))
            .GroupBy(x => prefixes[x.i])
            .Select(g => g.MaxBy(x => x.j.Analysis.Features[Feature.Coverage] + (0.5 * x.j.Analysis.Features[Feature.ContextGain])).i)
            .ToHashSet();
        var supports = new bool?[judgements.Count];
        var refutes = new bool?[judgements.Count];
        for (var i = 0; i < judgements.Count; i++)
        {
            var cited = gold.Contains(prefixes[i]);
            var isBest = best.Contains(i);
            (supports[i], refutes[i]) = item.Verdict switch
            {
                "supported" when cited => (isBest ? true : null, item.Binary || !isBest ? null : false),
                "refuted" when cited => ((bool?)false, isBest ? true : null),
                "conflicting" when cited => ((bool?)null, (bool?)null),
                _ when item.Binary => ((bool?)false, (bool?)null),
                _ => ((bool?)false, (bool?)false),
            };
        }

        return (supports, refutes);
    }
}
