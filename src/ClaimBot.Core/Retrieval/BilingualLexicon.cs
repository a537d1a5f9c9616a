using System.Collections.Concurrent;
using System.Collections.Frozen;
using ClaimBot.Core.Extraction;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Links words of every supported language to English "pivot" stems, from FreeDict dictionaries in both directions
/// (xxx-eng read forward, eng-xxx read backward). Claims and queries both carry pivot terms, so an English question
/// meets a Danish claim ("initiative" ~ "initiativet", "countries" ~ "lande") and the reverse.
/// </summary>
public sealed class BilingualLexicon
{
    private static readonly FrozenDictionary<string, string> Iso3 = new Dictionary<string, string>
    {
        ["da"] = "dan", ["nb"] = "nor", ["sv"] = "swe", ["de"] = "deu", ["fr"] = "fra",
    }.ToFrozenDictionary();

    private const int MaxPivots = 5;
    private readonly TextAnalyzer _analyzer;
    private readonly IReadOnlyList<string> _folders;
    private readonly ConcurrentDictionary<string, Lazy<FrozenDictionary<string, string[]>>> _byLanguage = new();

    private readonly LexiconCatalog _lexicons;

    public BilingualLexicon(TextAnalyzer analyzer, IOptions<LexiconOptions> options, LexiconCatalog lexicons)
    {
        _analyzer = analyzer;
        _lexicons = lexicons;
        var value = options.Value;
        _folders = [Path.Combine(value.Path, "freedict"), .. value.DictionaryPaths];
    }

    /// <summary>English pivot stems for a word's stem in <paramref name="language"/>; empty when the dictionaries do not know it.</summary>
    public IReadOnlyList<string> Pivot(string stem, string language)
    {
        if (language == "en")
        {
            return [stem];
        }

        var table = _byLanguage.GetOrAdd(language, lang => new Lazy<FrozenDictionary<string, string[]>>(() => Load(lang))).Value;
        return table.TryGetValue(stem, out var pivots) ? pivots : [];
    }

    /// <summary>True when the stem is a dictionary word of the language (used to split compounds).</summary>
    public bool Knows(string stem, string language) => language == "en" || Pivot(stem, language).Count > 0;

    private FrozenDictionary<string, string[]> Load(string language)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (!Iso3.TryGetValue(language, out var code))
        {
            return FrozenDictionary<string, string[]>.Empty;
        }

        foreach (var (word, english) in _lexicons.For(language).Glosses)
        {
            AddPairs(map, language, word, [english]);
        }

        foreach (var folder in _folders.Distinct())
        {
            var forward = Path.Combine(folder, $"freedict-{code}-eng");
            if (File.Exists(forward + ".index") && File.Exists(forward + ".dict.dz"))
            {
                foreach (var (headword, translations) in FreeDictReader.Read(forward + ".index", forward + ".dict.dz"))
                {
                    AddPairs(map, language, headword, translations);
                }
            }

            var backward = Path.Combine(folder, $"freedict-eng-{code}");
            if (File.Exists(backward + ".index") && File.Exists(backward + ".dict.dz"))
            {
                foreach (var (headword, translations) in FreeDictReader.Read(backward + ".index", backward + ".dict.dz"))
                {
                    foreach (var translation in translations)
                    {
                        AddPairs(map, language, translation, [headword]);
                    }
                }
            }
        }

        // The first senses are the common ones; more pivots add noise (every sense of "aftale" is not "agreement").
        return map.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Take(MaxPivots).ToArray(), StringComparer.Ordinal);
    }

    private void AddPairs(Dictionary<string, HashSet<string>> map, string language, string foreignWord, IReadOnlyList<string> english)
    {
        var words = WordTokenizer.Tokenize(foreignWord);
        if (words.Count != 1)
        {
            return;
        }

        var key = _analyzer.Stem(words[0].Text, language);
        if (!map.TryGetValue(key, out var pivots))
        {
            pivots = new HashSet<string>(StringComparer.Ordinal);
            map[key] = pivots;
        }

        foreach (var phrase in english)
        {
            foreach (var token in WordTokenizer.Tokenize(phrase))
            {
                if (!_analyzer.IsStopWord(token.Text, "en") && token.Text.Length > 1)
                {
                    pivots.Add(_analyzer.Stem(token.Text, "en"));
                }
            }
        }
    }
}
