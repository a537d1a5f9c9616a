using System.Globalization;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Compares what different sources say about a topic, across languages: the relevant claims per source, pairs of
/// claims from different sources that say the same thing (agreements) or contradict each other (negation, opposite
/// stance, different dates or numbers), and the points only one source makes.
/// </summary>
public sealed class TopicComparer(
    QueryAnalyzer analyzer,
    ClaimRetriever retriever,
    SourceDirectory sourceDirectory,
    LexiconCatalog lexicons,
    EvidenceText evidenceText,
    StanceClassifier stances,
    OfflinePhraser offline)
{
    private const int MaxClaimsPerSource = 6;
    private const int MaxSources = 8;
    private const double SameTopicSimilarity = 0.3;
    private const int MinSharedTerms = 2;

    // Claims on the listed topic that share this many language-neutral terms are about the same fact when a contradiction signal fires.
    private const int ContradictionSharedTerms = 3;

    public async Task<ComposedReply<Comparison>> CompareAsync(string topic, CancellationToken cancellationToken)
    {
        var query = analyzer.Analyze(topic, isStatement: true, isTopic: true);
        var lexicon = lexicons.For(query.Language);
        var matches = await retriever.RetrieveAsync(query, cancellationToken);
        var relevant = matches.Where(m => m.Coverage >= RelevancePolicy.CompareCoverage && RelevancePolicy.AnswersSpecifics(query, m)).ToList();
        var sources = await sourceDirectory.GetAsync(cancellationToken);
        var perSource = relevant.GroupBy(m => m.Claim.SourceId)
            .OrderByDescending(g => g.Max(m => m.Coverage)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxSources)
            .Select(g => g.OrderByDescending(m => m.Coverage).ThenBy(m => m.Claim.Id, StringComparer.Ordinal).Take(MaxClaimsPerSource)
                .Select(m => m.Claim).OrderBy(c => c.Start).ToList())
            .ToList();
        if (perSource.Count == 0)
        {
            var nothing = string.Format(CultureInfo.InvariantCulture, lexicon.Template("compareNothing"), topic.Trim().TrimEnd('?', '.'));
            return new ComposedReply<Comparison>(new Comparison(topic, query.Language, [], [], [], [], nothing), null);
        }

        var numbered = perSource.SelectMany(c => c).Select((c, i) => (Claim: c, N: i + 1)).ToDictionary(x => x.Claim.Id, x => x.N, StringComparer.Ordinal);
        var (agreements, contradictions) = Relate(perSource);
        var related = agreements.SelectMany(a => a.ClaimIds).Concat(contradictions.SelectMany(c => new[] { c.A, c.B })).ToHashSet(StringComparer.Ordinal);
        var unique = perSource.SelectMany(c => c).Where(c => !related.Contains(c.Id)).Select(c => c.Id).ToList();
        var sourceClaims = perSource.Select(claims => new SourceClaims(
            SourceDirectory.RefFor(sources, claims[0]),
            claims.Select(c => new ComparedClaim(numbered[c.Id], c.Id, c.Text, c.Speaker)).ToList())).ToList();

        var draft = new List<DraftSentence>();
        foreach (var claims in perSource)
        {
            var lead = claims[0];
            draft.Add(new DraftSentence(evidenceText.Present(lead, SourceDirectory.RefFor(sources, lead), query.Language), [numbered[lead.Id]]));
        }

        foreach (var agreement in agreements.Take(2))
        {
            draft.Add(new DraftSentence(lexicon.Template("compareAgree"), agreement.ClaimIds.Select(id => numbered[id]).ToList()));
        }

        foreach (var contradiction in contradictions.Take(2))
        {
            draft.Add(new DraftSentence($"{lexicon.Template("compareContradict")} ({contradiction.Why})", [numbered[contradiction.A], numbered[contradiction.B]]));
        }

        var all = perSource.SelectMany(c => c).ToList();
        var evidence = all.Select(c => new NumberedEvidence(numbered[c.Id], c.Text, c.Speaker?.Name, c.Language, SourceDirectory.RefFor(sources, c).Title)).ToList();
        var request = new PhrasingRequest(ReplyKind.Comparison, topic, query.Language, evidence, draft);
        var comparison = new Comparison(topic, query.Language, sourceClaims, agreements, contradictions, unique, offline.Render(request));
        return new ComposedReply<Comparison>(comparison, request);
    }

    private (List<Agreement> Agreements, List<Contradiction> Contradictions) Relate(List<List<Claim>> perSource)
    {
        var agreements = new List<Agreement>();
        var contradictions = new List<Contradiction>();
        for (var s = 0; s < perSource.Count; s++)
        {
            for (var t = s + 1; t < perSource.Count; t++)
            {
                foreach (var a in perSource[s])
                {
                    foreach (var b in perSource[t])
                    {
                        var (similarity, shared, count) = Similarity(a, b);
                        var why = similarity >= SameTopicSimilarity || count >= ContradictionSharedTerms ? stances.Contradiction(a, b) : null;
                        if (why is not null)
                        {
                            contradictions.Add(new Contradiction(a.Id, b.Id, why));
                        }
                        else if (similarity >= SameTopicSimilarity)
                        {
                            agreements.Add(new Agreement([a.Id, b.Id], "both say: " + string.Join(", ", shared)));
                        }
                    }
                }
            }
        }

        return (agreements, contradictions);
    }

    // Overlap of the language-neutral terms (entities, English pivots, dates, numbers): claims in different languages compare.
    private static (double Similarity, IReadOnlyList<string> Shared, int Count) Similarity(Claim a, Claim b)
    {
        var termsA = Neutral(a);
        var termsB = Neutral(b);
        var shared = termsA.Intersect(termsB).ToList();
        var smaller = Math.Min(termsA.Count, termsB.Count);
        var display = a.Entities.Where(e => b.Entities.Any(x => x.Id == e.Id)).Select(e => e.Name)
            .Concat(shared.Where(t => t.StartsWith("x:", StringComparison.Ordinal)).Select(t => t[2..])).Take(6).ToList();
        // Overlap coefficient: a short claim and a long one about the same fact still pair up.
        return (smaller == 0 || shared.Count < MinSharedTerms ? 0 : (double)shared.Count / smaller, display, shared.Count);
    }

    private static HashSet<string> Neutral(Claim claim) =>
        claim.Terms.Split(' ').Where(t => t.StartsWith("x:", StringComparison.Ordinal) || t.StartsWith("e:", StringComparison.Ordinal)
            || t.StartsWith("n:", StringComparison.Ordinal) || t.StartsWith("d:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
}
