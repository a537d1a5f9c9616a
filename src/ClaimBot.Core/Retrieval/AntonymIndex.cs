using System.Collections.Frozen;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Opposite meanings (support/oppose, include/exclude, everything/nothing), as English pivot stems so that they work
/// across languages: a Danish claim's "modsætter" reaches "oppose" through the bilingual lexicon.
/// </summary>
public sealed class AntonymIndex
{
    private readonly FrozenDictionary<string, string[]> _opposites;

    public AntonymIndex(LexiconCatalog lexicons, TextAnalyzer analyzer)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var lexicon in lexicons.All)
        {
            foreach (var pair in lexicon.Antonyms.Where(p => p.Count == 2))
            {
                var a = "x:" + analyzer.Stem(pair[0], "en");
                var b = "x:" + analyzer.Stem(pair[1], "en");
                Add(map, a, b);
                Add(map, b, a);
            }
        }

        _opposites = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Pivot terms opposite to any of the given pivot terms.</summary>
    public IReadOnlySet<string> OppositesOf(IEnumerable<string> pivots) =>
        pivots.SelectMany(p => _opposites.GetValueOrDefault(p) ?? []).ToHashSet(StringComparer.Ordinal);

    private static void Add(Dictionary<string, HashSet<string>> map, string from, string to)
    {
        if (!map.TryGetValue(from, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[from] = set;
        }

        set.Add(to);
    }
}
