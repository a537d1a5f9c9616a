using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Training.Suites;

namespace ClaimBot.Training.Learning;

/// <summary>
/// Near-topic unanswerable questions for learning when to abstain (the idea of SQuAD 2.0's adversarial questions):
/// an answerable question with one of its names replaced by a name the corpus never mentions.
/// </summary>
public static class Perturbation
{
    /// <summary>Capitalised words that are not the first word of a question: names, mostly.</summary>
    public static IReadOnlyList<string> NamesOf(IEnumerable<EvalItem> questions) =>
        questions.SelectMany(q => WordTokenizer.Tokenize(q.Text).Skip(1))
            .Where(t => t.IsCapitalized && t.Text.Length > 3 && t.Text.Skip(1).All(char.IsLower))
            .Select(t => t.WithoutPossessive)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Lower-case words of six letters or more: content words, mostly, to swap into another corpus's questions.</summary>
    public static IReadOnlyList<string> WordsOf(IEnumerable<EvalItem> questions) =>
        questions.SelectMany(q => WordTokenizer.Tokenize(q.Text).Skip(1))
            .Where(t => t.Text.Length >= 6 && t.Text.All(char.IsLower))
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The question with its longest lower-case word (its rarest, usually) replaced, or null when it has none of six letters.</summary>
    public static string? SwapWord(string question, string word)
    {
        var candidates = WordTokenizer.Tokenize(question).Skip(1).Where(t => t.Text.Length >= 6 && t.Text.All(char.IsLower)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var target = candidates.MaxBy(t => t.Text.Length);
        return question[..target.Start] + word + question[target.End..];
    }

    /// <summary>The form the index holds a name under.</summary>
    public static string Key(string name) => TextAnalyzer.Fold(name.ToLowerInvariant());

    /// <summary>The text with its first number (in digits) changed, or null when it has none.</summary>
    public static string? SwapNumber(string text)
    {
        var target = WordTokenizer.Tokenize(text).FirstOrDefault(t => t.IsNumber && t.Text.Length < 9 && !LooksLikeYear(t));
        if (target.Text is null || !long.TryParse(target.Text.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), out var value))
        {
            return null;
        }

        return text[..target.Start] + ((value * 3) + 7).ToString(System.Globalization.CultureInfo.InvariantCulture) + text[target.End..];
    }

    /// <summary>
    /// The text with its first year (four digits, 1000-2099) moved back three years, or null when it has none: a dated
    /// statement with another year is refuted by the claim that supported it (FEVER's mutation of a claim's date).
    /// </summary>
    public static string? SwapYear(string text)
    {
        var target = WordTokenizer.Tokenize(text).FirstOrDefault(t => t.IsNumber && LooksLikeYear(t) && t.Text.All(char.IsAsciiDigit));
        return target.Text is null ? null : text[..target.Start] + (int.Parse(target.Text, System.Globalization.CultureInfo.InvariantCulture) - 3).ToString(System.Globalization.CultureInfo.InvariantCulture) + text[target.End..];
    }

    /// <summary>The places a statement names after a locative preposition ("in Bogota"), as written.</summary>
    public static IEnumerable<string> PlacesOf(string text, LanguageLexicon lexicon, string language)
    {
        var tokens = WordTokenizer.Tokenize(text);
        return PlaceMentions.Of(tokens, lexicon, language).Select(i => tokens[i].WithoutPossessive);
    }

    /// <summary>
    /// The statement with the first place of its event replaced by another of <paramref name="places"/> (the n-th after
    /// it, in turn), or null when it names none: "signed in Bogota" becomes "signed in Oslo", which the claim that
    /// supported it refutes.
    /// </summary>
    public static string? SwapPlace(string text, LanguageLexicon lexicon, string language, IReadOnlyList<string> places, int n)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var at = PlaceMentions.Of(tokens, lexicon, language).Order().FirstOrDefault(-1);
        if (at < 0)
        {
            return null;
        }

        var own = tokens[at].WithoutPossessive;
        var other = Enumerable.Range(1, places.Count).Select(k => places[(n + k) % places.Count]).FirstOrDefault(p => !string.Equals(p, own, StringComparison.OrdinalIgnoreCase));
        return other is null ? null : text[..tokens[at].Start] + other + text[(tokens[at].Start + own.Length)..];
    }

    // Four characters from 1000 to 2099: a year, which SwapNumber leaves to SwapYear.
    private static bool LooksLikeYear(Token token) =>
        token.Text.Length == 4 && (token.Text[0] == '1' || token.Text.StartsWith("20", StringComparison.Ordinal));

    private static readonly string[] Auxiliaries = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "should", "must"];

    /// <summary>An English statement negated after its first auxiliary ("was signed" → "was not signed"), or null when it has none or is negated already.</summary>
    public static string? NegateEnglish(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        if (tokens.Any(t => t.Text is "not" or "never" or "no" || t.Text.EndsWith("n't", StringComparison.Ordinal)))
        {
            return null;
        }

        var auxiliary = tokens.FirstOrDefault(t => Auxiliaries.Contains(t.Text.ToLowerInvariant()));
        return auxiliary.Text is null ? null : text[..auxiliary.End] + " not" + text[auxiliary.End..];
    }

    /// <summary>An English statement with its first word that has an opposite (opposites.json) replaced by that opposite, or null.</summary>
    public static string? OpposeEnglish(string text, IReadOnlyDictionary<string, string> opposites, Func<string, string> stem)
    {
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (opposites.TryGetValue(stem(token.Text), out var opposite))
            {
                return text[..token.Start] + opposite + text[token.End..];
            }
        }

        return null;
    }

    /// <summary>The question with its first name (a capitalised word after the first) replaced, or null when it names none.</summary>
    public static string? SwapName(string question, string name)
    {
        var target = WordTokenizer.Tokenize(question).Skip(1).FirstOrDefault(t => t.IsCapitalized && t.Text.Length > 2 && !t.IsNumber);
        return target.Text is null ? null : question[..target.Start] + name + question[target.End..];
    }
}
