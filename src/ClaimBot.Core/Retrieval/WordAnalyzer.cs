namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Turns a text into <see cref="AnalyzedWord"/>s the same way for claims and queries: Snowball stem and stop words per
/// language, names told from words by capitalisation and the concept lexicon (a capitalised first word is a name only
/// when the lexicon does not know it), and compounds of Danish, Norwegian, Swedish and German split into known parts.
/// </summary>
public sealed class WordAnalyzer(TextAnalyzer analyzer, ConceptLexicon concepts)
{
    private const int MinPart = 3;
    private const int MinCompound = 7;
    private const int MaxSplits = 3;
    private const int MaxPhrase = 3;
    private static readonly HashSet<string> CompoundLanguages = ["da", "nb", "sv", "de"];

    public List<AnalyzedWord> Analyze(string text, string language) => Analyze(WordTokenizer.Tokenize(text), language);

    public List<AnalyzedWord> Analyze(IReadOnlyList<Token> tokens, string language)
    {
        var result = new List<AnalyzedWord>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            result.Add(Analyze(tokens[i], i, SentenceStart(tokens, i), language));
        }

        return result;
    }

    /// <summary>
    /// <see cref="Analyze(IReadOnlyList{Token}, string)"/> with the words of multi-word lexicon entries marked
    /// (<see cref="AnalyzedWord.PhraseConcepts"/>): for the words that are aligned and expanded (queries, judged
    /// claims), not for the index terms, which do not read them.
    /// </summary>
    public List<AnalyzedWord> AnalyzeWithPhrases(IReadOnlyList<Token> tokens, string language)
    {
        var result = Analyze(tokens, language);
        MarkPhrases(result, language);
        return result;
    }

    /// <summary>
    /// Runs of two or three words that the lexicon lists as one entry (wordnet's multi-word lemmas: "sign language",
    /// "stock exchange", "take part") give each of their words the entry's concepts, longest run first; a run's words
    /// are not read again as part of a shorter one.
    /// </summary>
    private void MarkPhrases(List<AnalyzedWord> words, string language)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            for (var length = Math.Min(MaxPhrase, words.Count - i); length >= 2; length--)
            {
                var run = words.GetRange(i, length);
                if (run.Any(w => w.Kind == WordKind.Number) || run[0].IsStopWord || run[^1].IsStopWord)
                {
                    continue;
                }

                var links = PhraseKeys(run, language).Select(k => concepts.ConceptsOfName(k, language)).FirstOrDefault(l => l.Count > 0);
                if (links is null)
                {
                    continue;
                }

                for (var k = i; k < i + length; k++)
                {
                    words[k] = words[k] with { PhraseConcepts = links };
                }

                i += length - 1;
                break;
            }
        }
    }

    // The lexicon keys multi-word lemmas as written, joined by '_' (no stemming applies to them): the run as written
    // and, for English, with a plural last word in the singular ("stock exchanges").
    private static IEnumerable<string> PhraseKeys(List<AnalyzedWord> run, string language)
    {
        var lower = run.Select(w => TextAnalyzer.Fold(w.Token.WithoutPossessive.ToLowerInvariant())).ToList();
        yield return string.Join('_', lower);
        if (language == "en" && lower[^1] is { Length: > 3 } last && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return string.Join('_', lower.Take(lower.Count - 1).Append(last[..^1]));
        }
    }

    /// <summary>Analyses one token; <paramref name="sentenceStart"/> says whether its capital letter may be just the sentence's.</summary>
    public AnalyzedWord Analyze(Token token, int index, bool sentenceStart, string language)
    {
        var word = WithoutElision(token.WithoutPossessive, language);
        // "U.N." is the acronym "UN": the same name, key and stem however it is written.
        word = WordTokenizer.IsDottedAcronym(word) ? word.Replace(".", "", StringComparison.Ordinal) : word;
        if (token.IsNumber)
        {
            return new AnalyzedWord(token, index, word.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'), WordKind.Number, false, []);
        }

        var isStop = analyzer.IsStopWord(word, language);
        var stem = analyzer.Stem(word, language);
        // "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name is a name.
        var capitalised = char.IsUpper(word[0])
            || (word.Contains('-', StringComparison.Ordinal) && word.Split('-').Skip(1).Any(p => p.Length > 1 && char.IsUpper(p[0])) && word.Split('-')[0].Length <= 3);
        var acronym = word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');
        // German capitalises every noun, so there only the lexicon tells a name; elsewhere a capital inside a sentence does.
        var isName = !isStop && (acronym || (capitalised && ((!sentenceStart && language != "de") || !concepts.Knows(stem, language))));
        // A German noun the lexicon lacks is usually a compound of nouns it knows ("Friedensvertrag"), not a name.
        if (isName && !acronym && language == "de" && word.Length >= MinCompound && Split(word.ToLowerInvariant(), language) is { Count: > 0 } nounParts)
        {
            return new AnalyzedWord(token, index, stem, WordKind.Word, false, nounParts);
        }

        if (isName)
        {
            // A hyphenated name is also its parts: "al-Assad" meets "Assad", "Reiss-Andersen" meets "Andersen".
            var folded = TextAnalyzer.Fold(word.ToLowerInvariant());
            var pieces = folded.Contains('-', StringComparison.Ordinal) ? folded.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 2).ToList() : [];
            return new AnalyzedWord(token, index, folded, WordKind.Name, false, pieces) { Lemma = stem };
        }

        var parts = !isStop && CompoundLanguages.Contains(language) && word.Length >= MinCompound && !concepts.Knows(stem, language)
            ? Split(word.ToLowerInvariant(), language)
            : [];
        return new AnalyzedWord(token, index, stem, WordKind.Word, isStop, parts);
    }

    /// <summary>
    /// A capitalised first word the dictionary knows is read as a word ("Many …"), unless the sources write it as a
    /// name: "Santos has been …" is the Santos whose name key <paramref name="indexHolds"/> (the claim index) holds, not
    /// the word "santo". Shared by queries and the judge's reading of claims, so both sides read the word alike.
    /// </summary>
    public void NameFirstWordAsSourcesDo(List<AnalyzedWord> words, IReadOnlyList<Token> tokens, string language, Func<string, bool> indexHolds)
    {
        if (words.Count > 0 && words[0].Kind == WordKind.Word && !words[0].IsStopWord && tokens[0].IsCapitalized
            && Analyze(tokens[0], 0, sentenceStart: false, language) is { Kind: WordKind.Name } asName
            && indexHolds(NameKey.Prefix + NameKey.Of(asName.Stem)))
        {
            words[0] = asName with { PhraseConcepts = words[0].PhraseConcepts };
        }
    }

    private static bool SentenceStart(IReadOnlyList<Token> tokens, int i) => i == 0;

    // French elided articles and pronouns glued to the next word: "l'accord" is "accord" (Lucene's FrenchAnalyzer list).

    private static string WithoutElision(string word, string language)
    {
        if (language != "fr")
        {
            return word;
        }

        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && apostrophe < word.Length - 1 && Lucene.Net.Analysis.Fr.FrenchAnalyzer.DEFAULT_ARTICLES.Contains(word[..apostrophe].ToLowerInvariant()) ? word[(apostrophe + 1)..] : word;
    }

    // Every split into two known words ("overrekkelses|talen" and "overrekkelse|stalen" both), with the linking -s/-e of
    // the head dropped when needed: without word frequencies there is no telling which split is meant, and matching
    // wants recall. At most a few splits, longest tail first.
    private List<string> Split(string word, string language)
    {
        var parts = new List<string>();
        var splits = 0;
        for (var split = MinPart; split <= word.Length - MinPart - 1 && splits < MaxSplits; split++)
        {
            var tail = word[split..];
            var tailStem = analyzer.Stem(tail, language);
            if (!concepts.Knows(tailStem, language))
            {
                continue;
            }

            var head = word[..split];
            foreach (var candidate in new[] { head, head.TrimEnd('s'), head.TrimEnd('e'), head.TrimEnd('s').TrimEnd('e'), head.EndsWith("ns", StringComparison.Ordinal) ? head[..^2] : head }.Distinct())
            {
                if (candidate.Length < MinPart)
                {
                    continue;
                }

                var headStem = analyzer.Stem(candidate, language);
                if (concepts.Knows(headStem, language))
                {
                    parts.Add(headStem);
                    parts.Add(tailStem);
                    splits++;
                    break;
                }
            }
        }

        return parts.Distinct().ToList();
    }
}
