using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Understands a question, statement or topic: language, question type (who/what/when/where/why/how many), the kind of
/// entity asked for, and the concepts to match (entities by id, names, dates, numbers, content words with their
/// cross-lingual terms and antonyms). Uses the same lexicons and normalisation as extraction.
/// </summary>
public sealed class QueryAnalyzer(
    LanguageDetector detector,
    LexiconCatalog lexicons,
    TermBuilder termBuilder,
    EntityGazetteer gazetteer,
    DateNormalizer dateNormalizer,
    AttributionFinder attributions,
    SpeakerParser speakers,
    BilingualLexicon bilingual,
    AntonymIndex antonyms,
    SynonymLexicon synonyms)
{
    private static readonly (string Key, QuestionType Type)[] TypeOrder =
    [
        ("howmany", QuestionType.HowMany), ("when", QuestionType.When), ("who", QuestionType.Who), ("where", QuestionType.Where),
        ("why", QuestionType.Why), ("what", QuestionType.What), ("how", QuestionType.How),
    ];

    public AnalyzedQuery Analyze(string text, bool isStatement, bool isTopic = false)
    {
        var detected = detector.Detect(text);
        var language = detected == "und" ? "en" : detected;
        var lexicon = lexicons.For(language);
        var tokens = WordTokenizer.Tokenize(text);
        var skip = new bool[tokens.Count];
        var type = isStatement ? QuestionType.Statement : QuestionTypeOf(tokens, lexicon, skip);
        var expected = isStatement ? null : ExpectedType(tokens, lexicon, skip);

        string? speaker = null;
        if (isStatement && !isTopic && attributions.Find(text, lexicon, QuoteScanner.Find(text)) is { Phrase: { } phrase } && speakers.Parse(phrase, lexicon) is { } parsed)
        {
            speaker = parsed.Name;
            for (var i = 0; i < tokens.Count; i++)
            {
                skip[i] |= lexicon.ReportingVerbs.Contains(tokens[i].Text.ToLowerInvariant());
            }
        }

        var concepts = new List<Concept>();
        var entityIds = new List<string>();
        foreach (var mention in gazetteer.Match(tokens, language))
        {
            if (Enumerable.Range(mention.FirstToken, mention.EndToken - mention.FirstToken).Any(i => skip[i]))
            {
                continue;
            }

            var weak = Enumerable.Range(mention.FirstToken, mention.EndToken - mention.FirstToken).SelectMany(i => termBuilder.Analyze(tokens[i], language).All);
            concepts.Add(new Concept(mention.Entity.Name, ConceptKind.Entity, Set(SearchTerms.Entity(mention.Entity.Id)), Set(weak), Set()));
            entityIds.Add(mention.Entity.Id);
            Array.Fill(skip, true, mention.FirstToken, mention.EndToken - mention.FirstToken);
        }

        AddNames(tokens, language, lexicon, skip, concepts);
        var dates = dateNormalizer.Find(text, language, null, yearless: true);
        concepts.AddRange(dates.Where(d => d.Year > 0).Select(d => new Concept(d.ToIso(), ConceptKind.Date, Set(SearchTerms.Dates(d.ToIso()).Last()), Set(), Set())));
        var numbers = ClaimFeatures.Numbers(tokens, lexicon, dates);
        concepts.AddRange(numbers.Select(n => new Concept(n, ConceptKind.Number, Set(SearchTerms.Number(n)), Set(), Set())));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (skip[i] || tokens[i].IsNumber || lexicon.NegationCues.Contains(tokens[i].Text.ToLowerInvariant()))
            {
                continue;
            }

            var word = termBuilder.Analyze(tokens[i], language);
            if (word.IsStopWord || word.Stem.Length < 2)
            {
                continue;
            }

            var weak = word.Pivots.Concat(word.Parts).Append(word.Prefix).Where(t => t is not null).Select(t => t!);
            var related = new List<string>();
            if (lexicon.ReportingVerbs.Contains(tokens[i].Text.ToLowerInvariant()))
            {
                related.Add(SearchTerms.AttributedTerm);
            }

            var pivots = language == "en" ? ["x:" + word.Stem] : word.Pivots;
            if (language == "en")
            {
                related.AddRange(synonyms.Of(tokens[i].Text).Select(stem => "x:" + stem));
            }
            concepts.Add(new Concept(tokens[i].Text, ConceptKind.Word, Set(word.Stem), Set(weak.Concat(language == "en" ? ["x:" + word.Stem] : [])), antonyms.OppositesOf(pivots))
            {
                Related = Set(related),
            });
        }

        var sanitized = concepts.Select(c => c with { Strong = Clean(c.Strong), Weak = Clean(c.Weak), Related = Clean(c.Related) }).Where(c => c.Strong.Count + c.Weak.Count > 0).ToList();
        return new AnalyzedQuery(text, language, type, expected, sanitized, speaker, ClaimFeatures.IsNegated(tokens, lexicon), dates, numbers, entityIds);
    }

    // Capitalised words that are not dictionary words ("Lavrov", "Riyad Haddad", "World Cup"): names the claims must share.
    private void AddNames(List<Token> tokens, string language, LanguageLexicon lexicon, bool[] skip, List<Concept> concepts)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var isName = !skip[i] && tokens[i].IsCapitalized && !tokens[i].IsNumber
                && (i > 0 || !IsDictionaryWord(tokens[i], language))
                && !termBuilder.Analyze(tokens[i], language).IsStopWord && !SpeakerParser.IsRoleWord(tokens[i].Text, lexicon);
            if (!isName)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && !skip[end] && tokens[end].IsCapitalized)
            {
                end++;
            }

            var stems = Enumerable.Range(i, end - i).Select(k => termBuilder.Analyze(tokens[k], language)).ToList();
            var surface = string.Join(' ', tokens.Skip(i).Take(end - i).Select(t => t.WithoutPossessive));
            var strong = stems[^1].Parts.Count > 0 ? stems[^1].Parts.TakeLast(1) : [stems[^1].Stem];
            var weak = stems.SelectMany(s => s.All);
            concepts.Add(new Concept(surface, ConceptKind.Name, Set(strong), Set(weak), Set()));
            Array.Fill(skip, true, i, end - i);
            i = end;
        }
    }

    // A capitalised first word is a name only when the dictionaries do not know it ("Lavrov said …" vs "Rebels said …").
    private bool IsDictionaryWord(Token token, string language) =>
        language == "en" ? synonyms.IsWord(token.Text) : bilingual.Knows(termBuilder.Analyze(token, language).Stem, language);

    private static QuestionType QuestionTypeOf(List<Token> tokens, LanguageLexicon lexicon, bool[] skip)
    {
        var lower = tokens.Select(t => t.Text.ToLowerInvariant()).ToList();
        foreach (var (key, type) in TypeOrder)
        {
            foreach (var phrase in lexicon.QuestionWords.GetValueOrDefault(key) ?? [])
            {
                var words = phrase.Split(' ');
                for (var i = 0; i + words.Length <= Math.Min(lower.Count, 6); i++)
                {
                    if (words.Select((w, k) => lower[i + k] == w).All(x => x))
                    {
                        Array.Fill(skip, true, i, words.Length);
                        return type;
                    }
                }
            }
        }

        return QuestionType.Statement;
    }

    private static string? ExpectedType(List<Token> tokens, LanguageLexicon lexicon, bool[] skip)
    {
        var firstContent = Array.FindIndex(skip, s => s) is var q and >= 0 ? q : 0;
        for (var i = firstContent; i < Math.Min(tokens.Count, firstContent + 4); i++)
        {
            var lower = tokens[i].Text.ToLowerInvariant();
            foreach (var (type, nouns) in lexicon.TypeNouns)
            {
                if (nouns.Contains(lower) && type != "person")
                {
                    skip[i] = true;
                    if (i + 1 < tokens.Count && nouns.Contains(lower + " " + tokens[i + 1].Text.ToLowerInvariant()))
                    {
                        skip[i + 1] = true;
                    }

                    if (i > 0 && nouns.Contains(tokens[i - 1].Text.ToLowerInvariant() + " " + lower))
                    {
                        skip[i - 1] = true;
                    }

                    return type;
                }
            }
        }

        return null;
    }

    private static HashSet<string> Clean(IEnumerable<string> terms) =>
        terms.Select(SearchTerms.Sanitize).Where(t => t.Length > 1).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Set(params IEnumerable<string> terms) => terms.ToHashSet(StringComparer.Ordinal);
}
