using System.Collections.Frozen;
using System.Text.Json;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Judging;

/// <summary>
/// Concepts that take opposite sides ("welcome" / "object", "invite" / "exclude"), from the hand-written English pairs
/// in <c>Lexicons/concepts/opposites.json</c> mapped to language-neutral concepts, together with WordNet's antonyms.
/// </summary>
public sealed class OppositePredicates
{
    private const int Senses = 2;
    private readonly ConceptLexicon _concepts;
    private readonly Lazy<FrozenDictionary<int, FrozenSet<int>>> _pairs;

    public OppositePredicates(ConceptLexicon concepts, TextAnalyzer analyzer, IOptions<LexiconOptions> options)
    {
        _concepts = concepts;
        var path = Path.Combine(options.Value.Path, "concepts", "opposites.json");
        _pairs = new Lazy<FrozenDictionary<int, FrozenSet<int>>>(() => Load(path, concepts, analyzer));
    }

    /// <summary>True when one of the central senses of <paramref name="a"/> is opposite to one of <paramref name="b"/>'s.</summary>
    public bool Oppose(IReadOnlyList<ConceptLink> a, IReadOnlyList<ConceptLink> b)
    {
        foreach (var x in a.Take(Senses + 1))
        {
            var pairs = _pairs.Value.GetValueOrDefault(x.Concept);
            var antonyms = _concepts.Opposites(x.Concept);
            foreach (var y in b.Take(Senses + 1))
            {
                if ((pairs is not null && pairs.Contains(y.Concept)) || antonyms.Contains(y.Concept))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static FrozenDictionary<int, FrozenSet<int>> Load(string path, ConceptLexicon concepts, TextAnalyzer analyzer)
    {
        var map = new Dictionary<int, HashSet<int>>();
        if (!File.Exists(path))
        {
            return FrozenDictionary<int, FrozenSet<int>>.Empty;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var pair in document.RootElement.GetProperty("pairs").EnumerateArray())
        {
            var a = ConceptsOf(pair.GetProperty("a"), concepts, analyzer);
            var b = ConceptsOf(pair.GetProperty("b"), concepts, analyzer);
            foreach (var x in a)
            {
                foreach (var y in b.Where(y => !a.Contains(y)))
                {
                    Link(map, x, y);
                    Link(map, y, x);
                }
            }
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet());
    }

    private static HashSet<int> ConceptsOf(JsonElement lemmas, ConceptLexicon concepts, TextAnalyzer analyzer) =>
        lemmas.EnumerateArray()
            .SelectMany(l => concepts.ConceptsOf(analyzer.Stem(l.GetString() ?? "", "en"), "en").Take(Senses + 1))
            .Select(l => l.Concept)
            .ToHashSet();

    private static void Link(Dictionary<int, HashSet<int>> map, int from, int to)
    {
        if (!map.TryGetValue(from, out var set))
        {
            set = [];
            map[from] = set;
        }

        set.Add(to);
    }
}
