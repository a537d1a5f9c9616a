using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// English synonyms from WordNet 3.0 (the most frequent sense of each word: "call" ~ "name", "adviser" ~ "consultant"),
/// keyed and valued by English stems. Used on the query side only, to widen a question's words, never a claim's.
/// </summary>
public sealed class SynonymLexicon
{
    private readonly Lazy<FrozenDictionary<string, string[]>> _synonyms;

    public SynonymLexicon(TextAnalyzer analyzer, IOptions<LexiconOptions> options)
    {
        var path = Path.Combine(options.Value.Path, "wordnet", "synonyms.tsv");
        _synonyms = new Lazy<FrozenDictionary<string, string[]>>(() => Load(path, analyzer));
    }

    /// <summary>
    /// Stems of the synonyms of an English word, looked up by the word and its regular base forms ("advisers" →
    /// "adviser"), not by stem: stems merge words WordNet keeps apart ("adviser" the person, "advise" the act).
    /// </summary>
    public IReadOnlyList<string> Of(string englishWord)
    {
        var lower = englishWord.ToLowerInvariant();
        foreach (var form in BaseForms(lower))
        {
            if (_synonyms.Value.TryGetValue(form, out var found))
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>True when the word (or a regular base form of it) is an English dictionary word, i.e. not a name.</summary>
    public bool IsWord(string englishWord) => BaseForms(englishWord.ToLowerInvariant()).Any(_synonyms.Value.ContainsKey);

    private static IEnumerable<string> BaseForms(string word)
    {
        yield return word;
        foreach (var (suffix, replacement) in new[] { ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e") })
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return word[..^suffix.Length] + replacement;
            }
        }
    }

    private static FrozenDictionary<string, string[]> Load(string path, TextAnalyzer analyzer)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return FrozenDictionary<string, string[]>.Empty;
        }

        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var key = line[..tab];
            if (!map.TryGetValue(key, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                map[key] = set;
            }

            foreach (var synonym in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = analyzer.Stem(synonym, "en");
                if (stem != analyzer.Stem(key, "en") && !analyzer.IsStopWord(synonym, "en"))
                {
                    set.Add(stem);
                }
            }
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
