using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

/// <summary>The judge's path for one (statement, claim) pair, as <see cref="EvidenceSearch"/> takes it, without the store: analyse, retrieve, align, extract.</summary>
internal static class PairFeatures
{
    /// <summary>The features of <paramref name="claim"/> for <paramref name="statement"/>; fails the test when retrieval does not reach the claim.</summary>
    public static PairAnalysis For(string statement, Claim claim, string language) => For(statement, claim, language, TalksCorpus.Index);

    public static PairAnalysis For(string statement, Claim claim, string language, ClaimIndex index) => For(statement, claim, language, index, []);

    /// <summary>As above, with <paramref name="context"/> as the claim's document context (its title and lead, as retrieval gives them).</summary>
    public static PairAnalysis For(string statement, Claim claim, string language, ClaimIndex index, IReadOnlyList<Claim> context)
    {
        var query = EngineParts.Query(statement, QueryKind.Statement, index, language);
        var retrieval = EngineParts.Retrieve(query, index);
        var candidate = retrieval.Candidates.FirstOrDefault(c => index.ClaimId(c.Claim) == claim.Id);
        Assert.True(candidate is not null, $"'{claim.Text}' was not retrieved for '{statement}'.");
        var analyzer = EngineParts.Get<ClaimAnalyzer>();
        bool indexHolds(string term) => index.TermId(term) >= 0;
        var analyzed = analyzer.Analyze(claim, indexHolds);
        return EngineParts.Get<FeatureExtractor>().Extract(query, retrieval, candidate, analyzed, context.Select(c => analyzer.Analyze(c, indexHolds)).ToList(), isLead: false, EngineParts.Weights.Expansion);
    }
}
