using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Training.Languages;

/// <summary>The detector ClaimBot used before Lingua, kept here only to measure against.
/// Detects the language of a text from function words: each supported language's Snowball stop-word list, plus the
/// cue words of its lexicon, votes; a word shared by several lists counts for each only in part. No maintained n-gram detector restores here
/// (NTextCat is not on the package mirror); function-word profiles are reliable on news prose of a sentence or more.
/// </summary>
public sealed class FunctionWordDetector(TextAnalyzer analyzer, LexiconCatalog lexicons)
{
    private const double MinimumShare = 0.08;
    private readonly Lazy<Dictionary<string, HashSet<string>>> _profiles = new(() => Profiles(analyzer, lexicons));

    /// <summary>ISO 639-1 code of the text's language, or "und".</summary>
    public string Detect(string text)
    {
        var words = WordTokenizer.Tokenize(text.Length > 20000 ? text[..20000] : text)
            .Select(t => t.Text.ToLowerInvariant())
            .Where(w => w.All(char.IsLetter))
            .ToList();
        if (words.Count == 0)
        {
            return "und";
        }

        var profiles = _profiles.Value;
        var scores = TextAnalyzer.Languages.ToDictionary(l => l, _ => 0.0);
        foreach (var word in words)
        {
            var voters = TextAnalyzer.Languages.Where(l => profiles[l].Contains(word)).ToList();
            foreach (var language in voters)
            {
                scores[language] += 1.0 / voters.Count;
            }
        }

        var best = scores.OrderByDescending(p => p.Value).First();
        return best.Value / words.Count >= MinimumShare || (words.Count < 8 && best.Value >= 1) ? best.Key : "und";
    }

    // Danish and Norwegian (and to a lesser degree Swedish) share most of their stop words; the hand-written cue words
    // of each language's lexicon (reporting verbs, negation and hedge cues, question words, relative dates: "sier"/"siger",
    // "inte"/"ikke") and its month and weekday names from culture data ("marts"/"mars") tell close languages apart and
    // carry short texts whose few function words are shared by several languages.
    private static Dictionary<string, HashSet<string>> Profiles(TextAnalyzer analyzer, LexiconCatalog lexicons) =>
        TextAnalyzer.Languages.ToDictionary(l => l, l =>
        {
            var lexicon = lexicons.For(l);
            var names = LexiconCatalog.DateNames(l);
            var relative = lexicon.RelativeDays.Keys.Concat(lexicon.RelativeMonths.Keys).Concat(lexicon.RelativeYears.Keys)
                .SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var cues = lexicon.ReportingVerbs.Concat(lexicon.NegationCues).Concat(lexicon.HedgeCues).Concat(lexicon.QuestionWords.Values.SelectMany(v => v))
                .Where(c => !c.Contains(' ', StringComparison.Ordinal))
                .Concat(relative).Concat(names.MonthNames).Concat(names.DayNames)
                .Where(c => c.Length > 0)
                .Select(c => c.ToLowerInvariant());
            return new HashSet<string>(analyzer.StopWords(l).Concat(cues), StringComparer.Ordinal);
        });
}
