using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// The path every use case takes from text to judged evidence: analyse the query against the current index, retrieve
/// candidates, read them and their context (the previous sentence, the source's title and lead) from the store, and
/// judge each pair.
/// </summary>
public sealed class EvidenceSearch(
    ClaimIndexCache indexes,
    IClaimStore store,
    QueryAnalyzer analyzer,
    ClaimRetriever retriever,
    ClaimAnalyzer claimAnalyzer,
    FeatureExtractor extractor,
    EvidenceJudge judge)
{
    private const int LeadClaims = 2;

    /// <summary>The model's operating points.</summary>
    public JudgeThresholds Thresholds => judge.Model.Thresholds;

    /// <summary>The learned engine model the judge applies.</summary>
    public EngineModel Model => judge.Model;

    public async Task<EvidenceSet> SearchAsync(string text, QueryKind kind, CancellationToken cancellationToken, int? limit = null)
    {
        var index = await indexes.GetAsync(cancellationToken);
        var weights = judge.Model.Retrieval;
        var query = analyzer.Analyze(text, kind, index, weights.Expansion);
        var retrieval = retriever.Retrieve(query, index, weights, limit);
        var judgements = await JudgeAsync(query, retrieval, retrieval.Candidates, index, cancellationToken);
        return new EvidenceSet(query, retrieval, judgements, index);
    }

    /// <summary>
    /// Judges how other claims bear on a stored claim taken as the statement (compare: does B state the same fact as A,
    /// or contradict it?). Claims the statement's terms do not reach at all are left out: they are unrelated.
    /// </summary>
    public async Task<(AnalyzedQuery Statement, IReadOnlyList<Judgement> Judgements)> JudgeAgainstAsync(Claims.Claim statement, IReadOnlySet<int> others, ClaimIndex index, CancellationToken cancellationToken)
    {
        var weights = judge.Model.Retrieval;
        var query = analyzer.Analyze(statement.Text, QueryKind.Statement, index, weights.Expansion, statement.Language);
        var retrieval = retriever.Retrieve(query, index, weights, int.MaxValue);
        var candidates = retrieval.Candidates.Where(c => others.Contains(c.Claim)).ToList();
        return (query, await JudgeAsync(query, retrieval, candidates, index, cancellationToken));
    }

    /// <summary>Judges given candidates for an analysed query (compare judges claims against each other this way).</summary>
    public async Task<IReadOnlyList<Judgement>> JudgeAsync(AnalyzedQuery query, RetrievalResult retrieval, IReadOnlyList<Candidate> candidates,
        ClaimIndex index, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var wanted = new HashSet<int>();
        foreach (var candidate in candidates)
        {
            wanted.UnionWith(WithContext(candidate.Claim, index));
        }

        var claims = (await store.GetClaimsByIdAsync(wanted.Select(index.ClaimId).ToList(), cancellationToken))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        var analyzed = new Dictionary<int, AnalyzedClaim>();
        AnalyzedClaim? Analyzed(int claim)
        {
            if (analyzed.TryGetValue(claim, out var found))
            {
                return found;
            }

            if (!claims.TryGetValue(index.ClaimId(claim), out var stored))
            {
                return null;
            }

            found = claimAnalyzer.Analyze(stored, term => index.TermId(term) >= 0);
            analyzed[claim] = found;
            return found;
        }

        var result = new List<Judgement>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (Analyzed(candidate.Claim) is not { } claim)
            {
                continue;
            }

            var context = WithContext(candidate.Claim, index).Where(c => c != candidate.Claim).Select(Analyzed).OfType<AnalyzedClaim>().ToList();
            var analysis = extractor.Extract(query, retrieval, candidate, claim, context, index.PositionInSource(candidate.Claim) < LeadClaims, judge.Model.Retrieval.Expansion);
            result.Add(judge.Judge(candidate, analysis));
        }

        return result;
    }

    // A claim, the sentence before it, and the title and lead of its source.
    private static IEnumerable<int> WithContext(int claim, ClaimIndex index)
    {
        yield return claim;
        var (first, end) = index.ClaimsOf(index.SourceOf(claim));
        if (claim - 1 >= first)
        {
            yield return claim - 1;
        }

        for (var i = first; i < Math.Min(end, first + LeadClaims); i++)
        {
            yield return i;
        }
    }
}
