using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

/// <summary>Judge records the tests write directly, for the rules that read only their scores, sources and texts.</summary>
internal static class Judgements
{
    public static readonly JudgeThresholds Thresholds = new() { Answer = 0.5, Cite = 0.3, Supports = 0.6, Refutes = 0.6, Evidence = 0.3 };

    /// <param name="claim">Position in the index, also the claim's ordinal in <paramref name="source"/>.</param>
    /// <param name="coverage">The pair's <see cref="Feature.Coverage"/>, which the test models read.</param>
    public static Judgement Of(int claim, string source, double supports = 0, double refutes = 0, double relevance = 0.5, string? text = null, double coverage = 0)
    {
        var stored = new Claim($"{source}#{claim}", source, text ?? $"Claim {claim} of {source} states a fact.", 0, 10, "en",
            null, false, false, false, [], [], [], "");
        var features = new EvidenceFeatures { [Feature.Coverage] = coverage };
        var analysis = new PairAnalysis(EngineParts.Get<ClaimAnalyzer>().Analyze(stored), features, [], -1, null, null);
        return new Judgement(new Candidate(claim, 1, 0, 1), analysis, relevance, supports, refutes, ReasonCode.Related);
    }
}
