using System.Collections.Frozen;
using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// An in-memory inverted index over one store generation, at two levels: claims (sentences) and their sources
/// (documents: the union of their claims' terms, each counted once per claim). It gives the exact corpus statistics
/// BM25 needs, the same on SQLite and PostgreSQL, and the neighbours of every claim (its document context).
/// Immutable once built; <see cref="ClaimIndexCache"/> rebuilds it when the store's generation changes.
/// </summary>
public sealed class ClaimIndex
{
    private readonly string[] _claimIds;
    private readonly int[] _sourceOf;
    private readonly int[] _lengths;
    private readonly int[][] _postings;
    private readonly int[][] _docPostings;
    private readonly int[][] _docTf;
    private readonly int[] _docLengths;
    private readonly int[] _firstClaim;
    private readonly string[] _sourceIds;
    private readonly string[] _sourceLanguages;
    private readonly FrozenDictionary<string, int> _vocabulary;
    private readonly FrozenDictionary<string, int> _claimById;
    private readonly string[] _sortedTerms;

    private ClaimIndex(long? generation, IReadOnlyList<Claim> claims)
    {
        Generation = generation;
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var docPostings = new List<List<(int Doc, int Tf)>>();
        _claimIds = new string[claims.Count];
        _sourceOf = new int[claims.Count];
        _lengths = new int[claims.Count];
        var sources = new List<string>();
        var languages = new List<string>();
        var firstClaim = new List<int>();
        var docLengths = new List<int>();
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (sources.Count == 0 || sources[^1] != claim.SourceId)
            {
                sources.Add(claim.SourceId);
                languages.Add(claim.Language);
                firstClaim.Add(c);
                docLengths.Add(0);
            }

            var doc = sources.Count - 1;
            _claimIds[c] = claim.Id;
            _sourceOf[c] = doc;
            var terms = claim.Terms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
            _lengths[c] = terms.Length;
            docLengths[doc] += terms.Length;
            foreach (var term in terms)
            {
                if (!vocabulary.TryGetValue(term, out var id))
                {
                    id = postings.Count;
                    vocabulary[term] = id;
                    postings.Add([]);
                    docPostings.Add([]);
                }

                postings[id].Add(c);
                var docs = docPostings[id];
                if (docs.Count > 0 && docs[^1].Doc == doc)
                {
                    docs[^1] = (doc, docs[^1].Tf + 1);
                }
                else
                {
                    docs.Add((doc, 1));
                }
            }
        }

        firstClaim.Add(claims.Count);
        _postings = postings.Select(p => p.ToArray()).ToArray();
        _docPostings = docPostings.Select(p => p.Select(x => x.Doc).ToArray()).ToArray();
        _docTf = docPostings.Select(p => p.Select(x => x.Tf).ToArray()).ToArray();
        _docLengths = docLengths.ToArray();
        _firstClaim = firstClaim.ToArray();
        _sourceIds = sources.ToArray();
        _sourceLanguages = languages.ToArray();
        _vocabulary = vocabulary.ToFrozenDictionary(StringComparer.Ordinal);
        _claimById = _claimIds.Select((id, i) => (id, i)).ToFrozenDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        _sortedTerms = vocabulary.Keys.Order(StringComparer.Ordinal).ToArray();
        AverageLength = claims.Count == 0 ? 1 : Math.Max(1, _lengths.Average());
        AverageDocLength = _docLengths.Length == 0 ? 1 : Math.Max(1, _docLengths.Average());
        Languages = languages.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Indexes the claims of one generation, given in source then span order (as the store returns them).</summary>
    public static ClaimIndex Build(long? generation, IReadOnlyList<Claim> claims) => new(generation, claims);

    public static ClaimIndex Empty { get; } = new(null, []);

    public long? Generation { get; }

    public int ClaimCount => _claimIds.Length;

    public int SourceCount => _sourceIds.Length;

    public double AverageLength { get; }

    public double AverageDocLength { get; }

    /// <summary>Languages of the indexed sources: where a query must be expanded to.</summary>
    public IReadOnlySet<string> Languages { get; }

    public string ClaimId(int claim) => _claimIds[claim];

    public int ClaimOf(string claimId) => _claimById.GetValueOrDefault(claimId, -1);

    public int SourceOf(int claim) => _sourceOf[claim];

    public string SourceId(int source) => _sourceIds[source];

    public string LanguageOf(int source) => _sourceLanguages[source];

    public int Length(int claim) => _lengths[claim];

    public int DocLength(int source) => _docLengths[source];

    /// <summary>The claims of a source, in document order.</summary>
    public (int First, int End) ClaimsOf(int source) => (_firstClaim[source], _firstClaim[source + 1]);

    /// <summary>Position of a claim in its source (0 = the title or first sentence).</summary>
    public int PositionInSource(int claim) => claim - _firstClaim[_sourceOf[claim]];

    public int TermId(string term) => _vocabulary.GetValueOrDefault(term, -1);

    /// <summary>Claims that contain the term, ascending.</summary>
    public ReadOnlySpan<int> Postings(int term) => _postings[term];

    /// <summary>Sources that contain the term, ascending, with the number of their claims that do.</summary>
    public (int[] Docs, int[] Tf) DocPostings(int term) => (_docPostings[term], _docTf[term]);

    /// <summary>BM25's idf over claims (Lucene's form, never negative).</summary>
    public double Idf(int term) => Math.Log(1 + ((ClaimCount - _postings[term].Length + 0.5) / (_postings[term].Length + 0.5)));

    /// <summary>BM25's idf over sources.</summary>
    public double DocIdf(int term) => Math.Log(1 + ((SourceCount - _docPostings[term].Length + 0.5) / (_docPostings[term].Length + 0.5)));

    /// <summary>Indexed terms that start with <paramref name="prefix"/> (for cognates the dictionaries miss), at most <paramref name="limit"/>.</summary>
    public IEnumerable<string> TermsStartingWith(string prefix, int limit)
    {
        var at = Array.BinarySearch(_sortedTerms, prefix, StringComparer.Ordinal);
        for (var i = at < 0 ? ~at : at; i < _sortedTerms.Length && limit > 0 && _sortedTerms[i].StartsWith(prefix, StringComparison.Ordinal); i++, limit--)
        {
            yield return _sortedTerms[i];
        }
    }
}
