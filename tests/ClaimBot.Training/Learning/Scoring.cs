using ClaimBot.Core.Answering;
using ClaimBot.Core.Judging;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Learning;

/// <summary>run_eval.py's pass rules applied to the engine's own selection rules, so operating points are chosen for what the scorer counts.</summary>
public static class Scoring
{
    private const int MaxCites = 5;

    public static (bool Pass, int Cited) Ask(JudgedItem item, double answer, double cite, Func<Judgement, double> relevance, Func<Judgement, double> answerable)
    {
        var selected = AnswerSelection.Select(item.Judgements, answer, cite, relevance, answerable);
        if (item.OutOfScope || item.Item.Abstain)
        {
            return (selected.Count == 0, selected.Count);
        }

        if (selected.Count == 0)
        {
            return (false, 0);
        }

        var prefixes = selected.Take(MaxCites).Select(j => item.Prefixes[Index(item, j)]).ToHashSet(StringComparer.Ordinal);
        var text = string.Join(' ', selected.Take(MaxCites).Select(j => j.Claim.Text));
        var pass = AnswerMatch.Mentions(item.Item.Mention, text)
            && (item.Item.AnswerAny.Count == 0 || item.Item.AnswerAny.Any(a => AnswerMatch.Found(a, text)))
            && item.Item.Cite.All(prefixes.Contains)
            && item.Item.CiteAny.All(g => g.Any(prefixes.Contains));
        return (pass, selected.Count);
    }

    public static (bool Pass, VerdictKind Verdict) Check(JudgedItem item, JudgeThresholds thresholds)
    {
        var (verdict, supports, refutes) = VerdictRule.Decide(item.Judgements, thresholds);
        var evidence = VerdictRule.Evidence(verdict, item.Judgements, supports, refutes, thresholds).Take(MaxCites)
            .Select(e => item.Prefixes[Index(item, e.Judgement)]).ToHashSet(StringComparer.Ordinal);
        var verdictOk = item.Item.Binary
            ? (verdict == VerdictKind.Supported) == (item.Item.Verdict == "supported")
            : Name(verdict) == item.Item.Verdict;
        var citesOk = item.Item.Cite.All(evidence.Contains) && item.Item.CiteAny.All(g => g.Any(evidence.Contains));
        return (verdictOk && citesOk, verdict);
    }

    /// <summary>Every cited source shows a claim and every mention group matches a shown claim.</summary>
    public static bool Compare(JudgedItem item, double document, double sentence)
    {
        var shown = TopicSelection.Select(item.Judgements, document, sentence).SelectMany(g => g).ToList();
        var prefixes = shown.Select(j => item.Prefixes[Index(item, j)]).ToHashSet(StringComparer.Ordinal);
        var text = string.Join(' ', shown.Select(j => j.Claim.Text));
        return item.Item.Cite.All(prefixes.Contains) && AnswerMatch.Mentions(item.Item.Mention, text);
    }

    public static string Name(VerdictKind verdict) => FactChecker.JsonVerdict(verdict);

    private static int Index(JudgedItem item, Judgement judgement)
    {
        for (var i = 0; i < item.Judgements.Count; i++)
        {
            if (ReferenceEquals(item.Judgements[i], judgement) || item.Judgements[i].Candidate.Claim == judgement.Candidate.Claim)
            {
                return i;
            }
        }

        return -1;
    }
}
