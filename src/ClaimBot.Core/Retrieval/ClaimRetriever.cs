using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Retrieves candidate claims from the store's full-text index and scores them by the query's concepts: each concept
/// weighs by kind (entities, names, dates and numbers count double) and by how rare it is among the candidates.
/// Scoring is done here, not in the store, so SQLite and PostgreSQL rank the same candidates the same way.
/// </summary>
public sealed class ClaimRetriever(IClaimStore store)
{
    private const int CandidateLimit = 300;
    private const int ContextCandidates = 40;

    /// <summary>A concept found only in the preceding sentence counts this much (pronouns and ellipsis refer back).</summary>
    private const double ContextStrength = 0.5;

    public async Task<IReadOnlyList<ClaimMatch>> RetrieveAsync(AnalyzedQuery query, CancellationToken cancellationToken)
    {
        var terms = query.SearchTerms.ToList();
        if (terms.Count == 0 || query.Concepts.Count == 0)
        {
            return [];
        }

        var hits = await store.SearchAsync(terms, CandidateLimit, cancellationToken);
        var ranks = hits.ToDictionary(h => h.ClaimId, h => h.Rank, StringComparer.Ordinal);
        var claims = (await store.GetClaimsByIdAsync(ranks.Keys.ToList(), cancellationToken)).ToList();
        var first = Score(query, claims, ranks, null);
        var contexts = await WithContextAsync(first.Take(ContextCandidates).Select(m => m.Claim).ToList(), claims, cancellationToken);
        return Score(query, claims, ranks, contexts);
    }

    // The sentence before each claim in its source is its context: what "De"/"They"/"It" may refer to. The sentence after
    // a strong candidate joins the candidates ("… Det skriver Reuters." names who reported the sentence before).
    private async Task<Dictionary<string, IReadOnlySet<string>>> WithContextAsync(IReadOnlyList<Claim> top, List<Claim> candidates, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var known = candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in top.GroupBy(c => c.SourceId))
        {
            var all = await store.GetClaimsAsync(group.Key, cancellationToken);
            for (var i = 0; i < all.Count; i++)
            {
                if (!group.Any(c => c.Id == all[i].Id))
                {
                    continue;
                }

                if (i > 0)
                {
                    result[all[i].Id] = ClaimTerms.Of(all[i - 1]);
                }

                if (i + 1 < all.Count && known.Add(all[i + 1].Id))
                {
                    candidates.Add(all[i + 1]);
                    result[all[i + 1].Id] = ClaimTerms.Of(all[i]);
                }
            }
        }

        return result;
    }



    /// <summary>Scores claims against a query (exposed for callers that already hold the claims).</summary>
    public static List<ClaimMatch> Score(AnalyzedQuery query, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, double>? ranks,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? contexts)
    {
        var termSets = claims.Select(c => (IReadOnlySet<string>)ClaimTerms.Of(c)).ToList();
        var weights = query.Concepts.Select(concept =>
        {
            var df = termSets.Count(t => concept.MatchIn(t) > 0);
            var rarity = 1 + Math.Log((1.0 + claims.Count) / (1 + df));
            return KindWeight(concept.Kind) * rarity;
        }).ToList();
        var total = weights.Sum();
        var specificCount = query.Concepts.Count(c => c.IsSpecific);

        var matches = new List<ClaimMatch>(claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            double covered = 0;
            var context = contexts?.GetValueOrDefault(claims[i].Id) ?? new HashSet<string>();
            var matched = new List<string>();
            var opposed = new List<string>();
            var specificHits = 0;
            for (var k = 0; k < query.Concepts.Count; k++)
            {
                var concept = query.Concepts[k];
                var strength = concept.MatchIn(termSets[i]);
                if (strength == 0 && concept.OppositeIn(termSets[i]))
                {
                    opposed.Add(concept.Surface);
                    strength = 0.8;
                }
                else if (strength > 0)
                {
                    matched.Add(concept.Surface);
                }
                else if (concept.Kind is not (ConceptKind.Date or ConceptKind.Number))
                {
                    strength = ContextStrength * concept.MatchIn(context);
                }

                covered += weights[k] * strength;
                specificHits += concept.IsSpecific && strength > 0 ? 1 : 0;
            }

            var coverage = total > 0 ? covered / total : 0;
            var specific = specificCount == 0 ? 1 : (double)specificHits / specificCount;
            var rank = ranks?.GetValueOrDefault(claims[i].Id) ?? 0;
            matches.Add(new ClaimMatch(claims[i], coverage, specific, specificCount - specificHits, matched, opposed, rank) { Context = context, Terms = termSets[i] });
        }

        // The store's own rank is not a tie-breaker: SQLite and PostgreSQL rank differently, answers must not.
        return matches.OrderByDescending(m => m.Coverage).ThenBy(m => m.Claim.Id, StringComparer.Ordinal).ToList();
    }

    private static double KindWeight(ConceptKind kind) => kind switch
    {
        ConceptKind.Entity or ConceptKind.Name => 1.5,
        ConceptKind.Date or ConceptKind.Number => 1.5,
        _ => 1.0,
    };
}
