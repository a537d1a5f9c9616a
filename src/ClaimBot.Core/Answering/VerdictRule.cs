using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Answering;

/// <summary>
/// The verdict from judged evidence, one rule for the CLI, the chat surfaces and the training command: a claim takes a
/// side only at or above its operating point; opposite sides in different sources are conflicting; within one source
/// the stronger side wins; with no side taken the verdict is not enough info.
/// </summary>
public static class VerdictRule
{
    public const int MaxPerSide = 3;

    public static (VerdictKind Verdict, IReadOnlyList<Judgement> Supports, IReadOnlyList<Judgement> Refutes) Decide(IReadOnlyList<Judgement> judgements, JudgeThresholds thresholds)
    {
        var supports = judgements.Where(j => j.Supports >= thresholds.Supports && j.Supports >= j.Refutes)
            .OrderByDescending(j => j.Supports).ThenBy(j => j.Candidate.Claim).Take(MaxPerSide).ToList();
        var refutes = judgements.Where(j => j.Refutes >= thresholds.Refutes && j.Refutes > j.Supports)
            .OrderByDescending(j => j.Refutes).ThenBy(j => j.Candidate.Claim).Take(MaxPerSide).ToList();
        if (supports.Count == 0)
        {
            return (refutes.Count == 0 ? VerdictKind.NotEnoughInfo : VerdictKind.Refuted, supports, refutes);
        }

        if (refutes.Count == 0)
        {
            return (VerdictKind.Supported, supports, refutes);
        }

        var supportSources = supports.Select(s => s.Claim.SourceId).ToHashSet(StringComparer.Ordinal);
        var refuteSources = refutes.Select(r => r.Claim.SourceId).ToHashSet(StringComparer.Ordinal);
        if (supportSources.Except(refuteSources).Any() && refuteSources.Except(supportSources).Any())
        {
            return (VerdictKind.Conflicting, supports, refutes);
        }

        // A tie goes against the statement: calling a false statement supported is the worse error.
        return (supports[0].Supports > refutes[0].Refutes ? VerdictKind.Supported : VerdictKind.Refuted, supports, refutes);
    }

    /// <summary>The evidence a verdict shows, deciding side first (for conflicting: one of each side in turn; for not enough info: the most relevant claims).</summary>
    public static List<(Judgement Judgement, Stance Stance)> Evidence(VerdictKind verdict, IReadOnlyList<Judgement> all,
        IReadOnlyList<Judgement> supports, IReadOnlyList<Judgement> refutes, JudgeThresholds thresholds) => verdict switch
    {
        VerdictKind.Supported => supports.Select(j => (j, Stance.Supports)).ToList(),
        VerdictKind.Refuted => refutes.Select(j => (j, Stance.Refutes)).ToList(),
        VerdictKind.Conflicting => Interleave(supports, refutes),
        _ => all.Where(j => j.Relevance >= thresholds.Evidence).OrderByDescending(j => j.Relevance).ThenBy(j => j.Candidate.Claim)
            .Take(MaxPerSide).Select(j => (j, Stance.Related)).ToList(),
    };

    private static List<(Judgement, Stance)> Interleave(IReadOnlyList<Judgement> supports, IReadOnlyList<Judgement> refutes)
    {
        var result = new List<(Judgement, Stance)>();
        for (var i = 0; i < Math.Max(supports.Count, refutes.Count); i++)
        {
            if (i < supports.Count)
            {
                result.Add((supports[i], Stance.Supports));
            }

            if (i < refutes.Count)
            {
                result.Add((refutes[i], Stance.Refutes));
            }
        }

        return result;
    }
}
