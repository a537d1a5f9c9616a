namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Turns words into search terms, the same way for claims and for queries: stem (own language), English pivot stems
/// from the bilingual lexicon (with compound splitting for Danish, Norwegian, Swedish and German: "fredskonferencen"
/// → "fred" + "konference"), and a cognate prefix for long words the dictionaries miss.
/// </summary>
public sealed class TermBuilder(TextAnalyzer analyzer, BilingualLexicon lexicon)
{
    private const int PrefixLength = 6;
    private const int MinCompoundPart = 3;

    // Three-letter heads include verbal prefixes ("for-handle" reaches "negotiate" through "handle"): noisy, but
    // the 5,000-word Danish dictionary lacks many derived words, and pivot matches only count as weak.
    private const int MinCompoundHead = 3;
    private static readonly string[] CompoundLanguages = ["da", "nb", "sv", "de"];

    public List<WordTerms> Analyze(IReadOnlyList<Token> tokens, string language)
    {
        var result = new List<WordTerms>(tokens.Count);
        foreach (var token in tokens)
        {
            result.Add(Analyze(token, language));
        }

        return result;
    }

    public WordTerms Analyze(Token token, string language)
    {
        var word = token.WithoutPossessive;
        var isStop = analyzer.IsStopWord(word, language) || (language != "en" && word.Length <= 2);
        var stem = analyzer.Stem(word, language);
        if (isStop || word.Any(char.IsDigit))
        {
            return new WordTerms(token, stem, [], null, [], isStop);
        }

        var pivots = new List<string>();
        var parts = new List<string>();
        foreach (var piece in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieceStem = analyzer.Stem(piece, language);
            if (piece.Length != word.Length)
            {
                parts.Add(pieceStem);
            }

            var found = lexicon.Pivot(pieceStem, language);
            if (found.Count == 0 && CompoundLanguages.Contains(language))
            {
                found = SplitCompound(piece.ToLowerInvariant(), language, parts);
            }

            pivots.AddRange(found.Select(p => "x:" + p));
        }

        var longest = word.Split('-', StringSplitOptions.RemoveEmptyEntries).MaxBy(p => p.Length) ?? word;
        var folded = TextAnalyzer.Fold(longest.ToLowerInvariant());
        var prefix = folded.Length >= PrefixLength + 2 ? "p:" + folded[..PrefixLength] : null;
        return new WordTerms(token, stem, pivots.Distinct().ToList(), prefix, parts.Distinct().ToList(), false);
    }

    // Longest known tail first ("freds|konferencen"), with the linking -s/-e of the head dropped when needed.
    private List<string> SplitCompound(string word, string language, List<string> parts)
    {
        for (var split = MinCompoundPart; split <= word.Length - MinCompoundPart; split++)
        {
            var head = word[..split];
            var tail = analyzer.Stem(word[split..], language);
            var tailPivots = lexicon.Pivot(tail, language);
            if (tailPivots.Count == 0)
            {
                continue;
            }

            foreach (var candidate in new[] { head, head.TrimEnd('s'), head.TrimEnd('e'), head.TrimEnd('s').TrimEnd('e') }.Distinct())
            {
                var headStem = analyzer.Stem(candidate, language);
                var headPivots = candidate.Length >= MinCompoundHead ? lexicon.Pivot(headStem, language) : [];
                if (headPivots.Count > 0)
                {
                    parts.Add(headStem);
                    parts.Add(tail);
                    return [.. headPivots, .. tailPivots];
                }
            }
        }

        return [];
    }
}
