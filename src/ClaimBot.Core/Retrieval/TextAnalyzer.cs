using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Per-language word normalisation shared by indexing and querying: Snowball stemmers and stop-word lists
/// (Lucene.Net.Analysis.Common), then diacritics folding, so "Genève"/"Geneve" and "forhandlingerne"/"forhandling" meet.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>Languages with a stemmer and stop words; anything else is analysed without them.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "da", "nb", "sv", "de", "fr"];

    private static readonly FrozenDictionary<string, string> StopResources = new Dictionary<string, string>
    {
        ["en"] = "english_stop.txt",
        ["da"] = "danish_stop.txt",
        ["nb"] = "norwegian_stop.txt",
        ["sv"] = "swedish_stop.txt",
        ["de"] = "german_stop.txt",
        ["fr"] = "french_stop.txt",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, FrozenSet<string>> _stopWords;
    private readonly FrozenDictionary<string, string> _englishLemmas;

    [ThreadStatic]
    private static Dictionary<string, SnowballProgram>? t_stemmers;

    public TextAnalyzer(IOptions<LexiconOptions> options)
    {
        _stopWords = StopResources.ToFrozenDictionary(pair => pair.Key, pair => LoadSnowballList(pair.Value));
        _englishLemmas = LoadWordNetExceptions(Path.Combine(options.Value.Path, "wordnet"));
    }

    /// <summary>True for a function word of the language (case-insensitive).</summary>
    public bool IsStopWord(string word, string language) =>
        _stopWords.TryGetValue(language, out var set) && set.Contains(word.ToLowerInvariant());

    /// <summary>The stop-word list of a language (empty for unsupported languages).</summary>
    public IReadOnlySet<string> StopWords(string language) =>
        _stopWords.TryGetValue(language, out var set) ? set : FrozenSet<string>.Empty;

    /// <summary>Lower-cases, stems in <paramref name="language"/>, then folds diacritics.</summary>
    public string Stem(string word, string language)
    {
        var lower = word.ToLowerInvariant();
        if (language == "en" && _englishLemmas.TryGetValue(lower, out var lemma))
        {
            lower = lemma;
        }

        var stemmer = StemmerFor(language);
        if (stemmer is not null && lower.Length > 2 && lower.All(char.IsLetter))
        {
            stemmer.SetCurrent(lower);
            stemmer.Stem();
            lower = stemmer.Current;
        }

        return Fold(lower);
    }

    /// <summary>Removes diacritics and maps letters that do not decompose (ø, æ, ß, œ), so search keys are plain.</summary>
    public static string Fold(string word)
    {
        // Plain ASCII has nothing to fold (no marks, none of the letters below): most words and every English lexicon
        // key, and the lexicons fold each key at load, so this skips two normalisations and a copy at start-up.
        if (System.Text.Ascii.IsValid(word))
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'ø': builder.Append('o'); break;
                case 'Ø': builder.Append('O'); break;
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("AE"); break;
                case 'ß': builder.Append("ss"); break;
                case 'œ': builder.Append("oe"); break;
                case 'đ': builder.Append('d'); break;
                case 'ł': builder.Append('l'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static SnowballProgram? StemmerFor(string language)
    {
        t_stemmers ??= new Dictionary<string, SnowballProgram>(StringComparer.Ordinal);
        if (t_stemmers.TryGetValue(language, out var existing))
        {
            return existing;
        }

        SnowballProgram? created = language switch
        {
            "en" => new EnglishStemmer(),
            "da" => new DanishStemmer(),
            "nb" => new NorwegianStemmer(),
            "sv" => new SwedishStemmer(),
            "de" => new German2Stemmer(),
            "fr" => new FrenchStemmer(),
            _ => null,
        };
        if (created is not null)
        {
            t_stemmers[language] = created;
        }

        return created;
    }

    // WordNet's irregular forms ("took take", "said say"): the Snowball stemmer only strips regular endings.
    private static FrozenDictionary<string, string> LoadWordNetExceptions(string folder)
    {
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { "verb.exc", "noun.exc", "adj.exc" })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && !parts[0].Contains('_', StringComparison.Ordinal))
                {
                    lemmas.TryAdd(parts[0], parts[1].Replace('_', ' '));
                }
            }
        }

        return lemmas.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> LoadSnowballList(string resource)
    {
        var assembly = typeof(SnowballFilter).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Snowball." + resource, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // Snowball list format: words separated by spaces, '|' starts a comment.
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var content = bar >= 0 ? line[..bar] : line;
            foreach (var word in content.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
