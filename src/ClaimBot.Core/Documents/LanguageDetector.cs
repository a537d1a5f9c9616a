using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Documents;

/// <summary>
/// Detects the language of a text from function words: each supported language's Snowball stop-word list votes,
/// a word shared by several lists counts for each only in part. No maintained n-gram detector restores here
/// (NTextCat is not on the package mirror); function-word profiles are reliable on news prose of a sentence or more.
/// </summary>
public sealed class LanguageDetector(TextAnalyzer analyzer)
{
    private const double MinimumShare = 0.08;

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

        var scores = TextAnalyzer.Languages.ToDictionary(l => l, _ => 0.0);
        foreach (var word in words)
        {
            var voters = TextAnalyzer.Languages.Where(l => analyzer.StopWords(l).Contains(word)).ToList();
            foreach (var language in voters)
            {
                scores[language] += 1.0 / voters.Count;
            }
        }

        var best = scores.OrderByDescending(p => p.Value).First();
        return best.Value / words.Count >= MinimumShare || (words.Count < 8 && best.Value >= 1) ? best.Key : "und";
    }
}
