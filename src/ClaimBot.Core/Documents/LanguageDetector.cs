using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;
using Lingua;

namespace ClaimBot.Core.Documents;

/// <summary>
/// Detects the language of a document or a short question with Lingua (SearchPioneer.Lingua: character n-gram models,
/// accurate on short text), restricted to the supported languages; Nynorsk counts as Norwegian ("nb"). Danish and
/// Bokmål share most of their spelling, and on a short question Lingua often picks the wrong one of the two: when both
/// are its top candidates, the words only one of them uses (function words and the lexicon's cue words:
/// "strejkede"/"streiket" aside, "hvad"/"hva", "ikke" both) decide. Measured on every question and document of the
/// suites: <c>dotnet run -c Release --project tests/ClaimBot.Training -- languages</c> (README, "Language detection").
/// </summary>
public sealed class LanguageDetector(TextAnalyzer analyzer, LexiconCatalog lexicons)
{
    private const int MaxChars = 4000;
    private const int MinWordsForFunctionWords = 5;
    private const int MinFunctionWordsToOverrule = 2;

    private static readonly Dictionary<Language, string> Codes = new()
    {
        [Language.English] = "en", [Language.Danish] = "da", [Language.Bokmal] = "nb", [Language.Nynorsk] = "nb",
        [Language.Swedish] = "sv", [Language.German] = "de", [Language.French] = "fr",
    };

    private readonly Lazy<Lingua.LanguageDetector> _detector = new(() =>
        LanguageDetectorBuilder.FromLanguages([.. Codes.Keys])
            .WithLanguageModelsDirectory(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"))
            .Build());

    private static readonly string[] Scandinavian = ["da", "nb", "sv"];

    private readonly Lazy<ScandinavianWords> _scandinavian = new(() => ScandinavianWords.Of(analyzer, lexicons));

    // Each language's stop words, and all of them together (the function words of any supported language).
    private readonly Lazy<(Dictionary<string, HashSet<string>> ByLanguage, HashSet<string> All)> _stopWords = new(() =>
    {
        var byLanguage = TextAnalyzer.Languages.ToDictionary(l => l, l => analyzer.StopWords(l).ToHashSet(StringComparer.Ordinal));
        return (byLanguage, byLanguage.Values.SelectMany(w => w).ToHashSet(StringComparer.Ordinal));
    });

    // Plain Latin letters, which no supported language's rule filter excludes: every model is read for it.
    private const string WarmUpText = "the models are read now";

    /// <summary>
    /// Reads the language models now (the longest part of a first detection; Lingua reads them lazily, thread-safe), for
    /// <see cref="Retrieval.EngineWarmUp"/>. Which models a text is scored with does not change.
    /// </summary>
    public void Warm() => _detector.Value.ComputeLanguageConfidenceValues(WarmUpText);

    /// <summary>ISO 639-1 code of a document's language, or "und" when it has no letters to go by.</summary>
    public string Detect(string text) => DetectCore(text.Length > MaxChars ? text[..MaxChars] : text, likely: null, isQuery: false);

    /// <summary>
    /// The language of a question, statement or topic (same models; short texts are what Lingua is built for). When
    /// Danish and Bokmål remain tied, the one among <paramref name="likely"/> (the languages of the indexed sources) wins.
    /// </summary>
    public string DetectQuery(string text, IReadOnlySet<string>? likely = null) => DetectCore(text, likely, isQuery: true);

    private string DetectCore(string text, IReadOnlySet<string>? likely, bool isQuery)
    {
        var words = WordTokenizer.Tokenize(text).Where(t => t.Text.Any(char.IsLetter)).Select(t => t.Text.ToLowerInvariant()).ToList();
        if (words.Count == 0 || (words.Count >= MinWordsForFunctionWords && !words.Any(w => _stopWords.Value.All.Contains(w))))
        {
            // Lingua names a language for any string of letters; a sentence or more without a single function word
            // of any supported language is not in one of them.
            return "und";
        }

        var ranked = _detector.Value.ComputeLanguageConfidenceValues(text)
            .GroupBy(p => Codes.GetValueOrDefault(p.Key, "und"))
            .Select(g => (Code: g.Key, Confidence: g.Max(p => p.Value)))
            .OrderByDescending(p => p.Confidence)
            .ToList();
        if (ranked.Count == 0 || ranked[0].Confidence <= 0)
        {
            return "und";
        }

        // A short text can look like another language to the n-gram models through one foreign name ("What did
        // Timochenko blame …" reads as German); when the text holds no function word of the chosen language and at
        // least two of another, the function words decide.
        if (_stopWords.Value.ByLanguage.TryGetValue(ranked[0].Code, out var chosen) && !words.Any(chosen.Contains))
        {
            var byFunctionWords = TextAnalyzer.Languages
                .Select(l => (Code: l, Count: words.Count(_stopWords.Value.ByLanguage[l].Contains)))
                .OrderByDescending(p => p.Count).First();
            if (byFunctionWords.Count >= MinFunctionWordsToOverrule)
            {
                return byFunctionWords.Code;
            }
        }

        // The three Scandinavian languages share most short words and their n-grams; a word only one of them uses
        // ("vad", "hva", "hvad") outweighs the models on a question when the models put one of the three first. On a
        // document the models are right (every source of the suites) and a stray cue word would only mislead them.
        if (isQuery && Scandinavian.Contains(ranked[0].Code))
        {
            var votes = Scandinavian.Select(l => (Code: l, Count: words.Count(_scandinavian.Value.OnlyIn[l].Contains))).OrderByDescending(v => v.Count).ToList();
            if (votes[0].Count > votes[1].Count)
            {
                return votes[0].Code;
            }
        }

        if (ranked.Count > 1 && ranked[0].Code is "da" or "nb" && ranked[1].Code is "da" or "nb")
        {
            var (danish, norwegian) = (_scandinavian.Value.DanishNotBokmal, _scandinavian.Value.BokmalNotDanish);
            var vote = words.Count(danish.Contains) - words.Count(norwegian.Contains);
            if (vote != 0)
            {
                return vote > 0 ? "da" : "nb";
            }

            if (likely is not null && likely.Contains("da") != likely.Contains("nb"))
            {
                return likely.Contains("da") ? "da" : "nb";
            }
        }

        return ranked[0].Code;
    }

    /// <summary>
    /// The words that tell the Scandinavian languages apart, from one profile per language (its function words and the
    /// lexicon's single-word cues): those in Danish's profile and not Bokmål's and the other way round (the Danish/Bokmål
    /// tie-break), and for each of the three its cue words (question words, reporting verbs, negation, hedges) that are in
    /// neither other profile ("vad", "hva", "hvad"). Function words themselves do not vote among the three: the stop-word
    /// lists overlap and stray ("medan" is a Norwegian stop word).
    /// </summary>
    private sealed record ScandinavianWords(HashSet<string> DanishNotBokmal, HashSet<string> BokmalNotDanish, Dictionary<string, HashSet<string>> OnlyIn)
    {
        public static ScandinavianWords Of(TextAnalyzer analyzer, LexiconCatalog lexicons)
        {
            var profiles = Scandinavian.ToDictionary(l => l, l => Profile(analyzer, lexicons, l));
            var onlyIn = Scandinavian.ToDictionary(l => l,
                l => Cues(lexicons.For(l)).Where(w => Scandinavian.All(o => o == l || !profiles[o].Contains(w))).ToHashSet(StringComparer.Ordinal));
            return new ScandinavianWords(profiles["da"].Except(profiles["nb"]).ToHashSet(StringComparer.Ordinal),
                profiles["nb"].Except(profiles["da"]).ToHashSet(StringComparer.Ordinal), onlyIn);
        }
    }

    // A language's function words and the lexicon's single-word cues.
    private static HashSet<string> Profile(TextAnalyzer analyzer, LexiconCatalog lexicons, string language) =>
        analyzer.StopWords(language).Concat(Cues(lexicons.For(language))).ToHashSet(StringComparer.Ordinal);

    // The lexicon's single-word cues: reporting verbs, negation, hedges, question words.
    private static IEnumerable<string> Cues(LanguageLexicon lexicon) =>
        lexicon.ReportingVerbs.Concat(lexicon.NegationCues).Concat(lexicon.HedgeCues)
            .Concat(lexicon.QuestionWords.Values.SelectMany(v => v))
            .Where(w => !w.Contains(' ', StringComparison.Ordinal))
            .Select(w => w.ToLowerInvariant());
}
