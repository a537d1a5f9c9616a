using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Understands a question, statement or topic: language, question type and expected answer kind, negation and
/// hedging, the speaker of an attributed statement, and the concepts to match, each expanded into the languages of
/// the index. Uses the same word analysis, entity gazetteer and date normalisation as extraction.
/// </summary>
public sealed class QueryAnalyzer(
    LanguageDetector detector,
    LexiconCatalog lexicons,
    WordAnalyzer wordAnalyzer,
    EntityGazetteer gazetteer,
    DateNormalizer dateNormalizer,
    AttributionFinder attributions,
    SpeakerParser speakers,
    QueryExpander expander)
{
    private static readonly (string Key, QuestionType Type)[] TypeOrder =
    [
        ("quantity", QuestionType.Quantity), ("when", QuestionType.When), ("who", QuestionType.Who), ("where", QuestionType.Where),
        ("why", QuestionType.Why), ("what", QuestionType.What), ("how", QuestionType.How),
    ];

    /// <param name="language">The text's language when known (a stored claim compared with others); detected otherwise.</param>
    public AnalyzedQuery Analyze(string text, QueryKind kind, ClaimIndex index, ExpansionWeights weights, string? language = null)
    {
        var detected = language ?? detector.DetectQuery(text, index.Languages);
        language = detected == "und" ? "en" : detected;
        var lexicon = lexicons.For(language);
        var tokens = WordTokenizer.Tokenize(text);
        var words = wordAnalyzer.AnalyzeWithPhrases(tokens, language);
        wordAnalyzer.NameFirstWordAsSourcesDo(words, tokens, language, term => index.TermId(term) >= 0);

        var skip = new bool[tokens.Count];
        var type = kind == QueryKind.Question ? QuestionTypeOf(tokens, lexicon, skip) : QuestionType.Statement;
        var expected = kind == QueryKind.Question ? ExpectedKind(type, tokens, lexicon, skip) : AnswerKind.Any;
        if (type != QuestionType.Statement)
        {
            // After a question word the next word is capitalised only because questions start there ("Who Led …" aside).
            var first = Array.IndexOf(skip, false);
            if (first > 0 && words[first].Kind == WordKind.Name)
            {
                words[first] = wordAnalyzer.Analyze(tokens[first], first, sentenceStart: true, language) with { PhraseConcepts = words[first].PhraseConcepts };
            }
        }

        string? speaker = null;
        var attribution = kind == QueryKind.Statement ? attributions.Find(text, lexicon, QuoteScanner.Find(text)) : null;
        if (attribution is not null)
        {
            // The cue itself ("according to", "ifølge", "laut") is not content: "according" is no "accord".
            SkipPhrases(tokens, lexicon.AttributionPrepositions, skip);
        }

        if (attribution is { Phrase: { } phrase } && speakers.Parse(phrase, lexicon) is { } parsed && NamesSomeone(phrase, language, lexicon))
        {
            speaker = parsed.Name;
            // The speaker is checked against the claim's speaker (SpeakerMismatch), not matched as content.
            var speakerWords = WordTokenizer.Tokenize(parsed.Name).Select(t => t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
            SkipFrame(tokens, t => speakerWords.Contains(t.Text), lexicon, skip);
        }
        else if (attribution is { Phrase: { } source, Kind: AttributionKind.ReportingVerb })
        {
            // "…, officials confirmed", "…, oplyser det norske fiskeriministerium": the frame says who reports the fact,
            // not what it is. Its lower-case words and the reporting verb are not content; a capitalised word in it
            // ("the Norwegian ministry") stays, since it may be a specific the claim must share. No speaker is set:
            // a source that names no one cannot be checked against a claim's speaker.
            var sourceWords = WordTokenizer.Tokenize(source).Where(t => !t.IsCapitalized).Select(t => t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
            SkipFrame(tokens, t => !t.IsCapitalized && sourceWords.Contains(t.Text), lexicon, skip);
        }
        else if (kind == QueryKind.Question && type != QuestionType.Who)
        {
            speaker = AskedSpeaker(tokens, words, lexicon);
        }

        var concepts = new List<QueryConcept>();
        var entityIds = new List<string>();
        var inEntity = new bool[tokens.Count];
        foreach (var mention in gazetteer.Match(tokens, language))
        {
            var span = Enumerable.Range(mention.FirstToken, mention.EndToken - mention.FirstToken).ToList();
            if (span.Any(i => skip[i]))
            {
                continue;
            }

            var terms = new List<WeightedTerm> { new(SearchTerms.Entity(mention.Entity.Id), 1, MatchKind.Entity) };
            terms.AddRange(span.SelectMany(i => expander.Expand(words[i], language, index, weights)).Select(t => t with { Weight = t.Weight * weights.Translation }));
            concepts.Add(new QueryConcept(mention.Entity.Name, ConceptKind.Entity, mention.FirstToken, Best(terms)));
            entityIds.Add(mention.Entity.Id);
            span.ForEach(i => inEntity[i] = true);
        }

        var dates = dateNormalizer.Find(text, language, null, yearless: true);
        foreach (var date in dates)
        {
            // A yearless date has no date term (the index holds full dates), but it is matched and compared like any
            // other. The month a date names is part of the date, not a word of its own: its names in the index's
            // languages are the date's terms too, so "on 2 October" still finds "2. oktober".
            var iso = date.ToIso();
            List<WeightedTerm> terms = date.Year > 0 ? [new WeightedTerm(SearchTerms.Dates(iso).Last(), 1, MatchKind.Date)] : [];
            if (MonthOfDate(date) is { } named)
            {
                terms.AddRange(MonthTerms(named, language, index, weights).Select(t => t with { Weight = t.Weight * weights.Part }));
            }

            concepts.Add(new QueryConcept(iso, ConceptKind.Date, -1, Best(terms)));
        }

        var dateMonths = dates.Select(MonthOfDate).OfType<int>().ToHashSet();

        var mentions = ClaimFeatures.NumberMentions(text, tokens, lexicon, dates);
        var numbers = mentions.Select(n => n.Value).Distinct().ToList();
        var bounds = NumberQualifiers(tokens, mentions, lexicon, skip);
        foreach (var number in mentions)
        {
            concepts.Add(new QueryConcept(number.Value, ConceptKind.Number, number.FirstToken, [new WeightedTerm(SearchTerms.Number(number.Value), 1, MatchKind.Number)]));
            for (var t = number.FirstToken; t <= number.LastToken; t++)
            {
                inEntity[t] = true;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            // Numbers came from NumberReader above (a year is a date, a day number part of one).
            if (skip[i] || inEntity[i] || !word.IsContent || word.Kind == WordKind.Number || lexicon.NegationCues.Contains(tokens[i].Text.ToLowerInvariant()))
            {
                continue;
            }

            var terms = expander.Expand(word, language, index, weights);
            var conceptKind = word.Kind == WordKind.Name ? ConceptKind.Name : ConceptKind.Word;
            if (dateNormalizer.MonthOf(tokens[i].Text, language) is { } month)
            {
                if (dateMonths.Contains(month))
                {
                    continue;
                }

                // A month alone ("the ceremony in December") is a word every language names from culture data.
                terms = Best(terms.Concat(MonthTerms(month, language, index, weights)));
                conceptKind = ConceptKind.Word;
            }
            concepts.Add(new QueryConcept(tokens[i].Text, conceptKind, i, terms));
        }

        var speakerTerms = speaker is null ? [] : SpeakerTerms(speaker, words, language, index, weights);
        return new AnalyzedQuery(text, language, kind, type, expected, words, skip, concepts, speaker,
            ClaimFeatures.IsNegated(tokens, lexicon), ClaimFeatures.IsHedged(text, tokens, lexicon) && kind != QueryKind.Question,
            dates, numbers, entityIds)
        {
            SpeakerTerms = speakerTerms,
            SpeakerEntityIds = speaker is null ? [] : gazetteer.Match(WordTokenizer.Tokenize(speaker), language).Select(m => m.Entity.Id).Distinct().ToList(),
            Places = Judging.PlaceMentions.Of(tokens, lexicon, language), NumberBounds = bounds };
    }

    // The month that is part of a date with a day or a year ("24 October", "October 2012"); a month alone ("in
    // December") stays a word, matched by the claims' month names.
    private static int? MonthOfDate(PartialDate date) => date.Day is not null || date.Year > 0 ? date.Month : null;

    // "Riyad Haddad said …": the index terms of the speaker's name, so the speaker's own claims are candidates even
    // when they share no other word with the statement.
    private List<WeightedTerm> SpeakerTerms(string speaker, IReadOnlyList<AnalyzedWord> words, string language, ClaimIndex index, ExpansionWeights weights)
    {
        var names = WordTokenizer.Tokenize(speaker).Select(t => t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return words.Where(w => w.Kind == WordKind.Name && names.Contains(w.Token.Text))
            .SelectMany(w => expander.Expand(w, language, index, weights))
            .Where(t => t.Kind is MatchKind.Exact or MatchKind.Name)
            .ToList();
    }

    private IEnumerable<WeightedTerm> MonthTerms(int month, string language, ClaimIndex index, ExpansionWeights weights)
    {
        foreach (var target in index.Languages)
        {
            var name = DateNormalizer.MonthName(month, target);
            var stem = wordAnalyzer.Analyze(new Token(name, 0, name.Length), 0, sentenceStart: false, target).Stem;
            if (index.TermId(stem) >= 0)
            {
                yield return target == language ? new WeightedTerm(stem, 1, MatchKind.Exact) : new WeightedTerm(stem, weights.Translation, MatchKind.Translation);
            }
        }
    }

    // "About 200,000", "mehr als 260.000": the qualifier right before a number says how it is meant and is skipped as
    // content (its loose translations would otherwise count as words the claim must share).
    private static Dictionary<string, NumberBound> NumberQualifiers(List<Token> tokens, IReadOnlyList<NumberMention> mentions, LanguageLexicon lexicon, bool[] skip)
    {
        var bounds = new Dictionary<string, NumberBound>(StringComparer.Ordinal);
        var phrases = lexicon.NumberQualifiers
            .SelectMany(p => p.Value.Select(w => (Words: w.Split(' ', StringSplitOptions.RemoveEmptyEntries), Bound: p.Key)))
            .OrderByDescending(p => p.Words.Length)
            .ToList();
        foreach (var mention in mentions)
        {
            foreach (var (words, bound) in phrases)
            {
                var start = mention.FirstToken - words.Length;
                if (WordTokenizer.PhraseAt(tokens, start, words))
                {
                    bounds.TryAdd(mention.Value, bound);
                    Array.Fill(skip, true, start, words.Length);
                    break;
                }
            }
        }

        return bounds;
    }

    // An attribution frame is not content: its words (<paramref name="inFrame"/>) and the reporting verb itself ("said"),
    // not a capitalised word spelled like one ("United States").
    private static void SkipFrame(List<Token> tokens, Func<Token, bool> inFrame, LanguageLexicon lexicon, bool[] skip)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            skip[i] |= inFrame(tokens[i]) || (!tokens[i].IsCapitalized && lexicon.ReportingVerbs.Contains(tokens[i].Text));
        }
    }

    private static void SkipPhrases(List<Token> tokens, IReadOnlyList<string> phrases, bool[] skip)
    {
        foreach (var phrase in phrases)
        {
            var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + parts.Length <= tokens.Count; i++)
            {
                if (WordTokenizer.PhraseAt(tokens, i, parts))
                {
                    Array.Fill(skip, true, i, parts.Length);
                }
            }
        }
    }

    // A speaker is someone: "according to Lavrov", "ifølge udenrigsminister Lavrov", "according to the Russian
    // envoy". "According to the agreement", "ifølge aftalen" name a document whose content the statement reports: the
    // head word after the cue is neither a name nor a role, and its words are content to match, not a speaker.
    private bool NamesSomeone(string phrase, string language, LanguageLexicon lexicon)
    {
        var head = WordTokenizer.Tokenize(phrase).Select((t, i) => wordAnalyzer.Analyze(t, i, sentenceStart: false, language)).FirstOrDefault(w => w.IsContent);
        return head is not null && (head.Kind == WordKind.Name || SpeakerParser.IsRoleWord(head.Token.Text, lexicon));
    }

    private static List<WeightedTerm> Best(IEnumerable<WeightedTerm> terms) =>
        terms.GroupBy(t => t.Term, StringComparer.Ordinal).Select(g => g.MaxBy(t => t.Weight)).OrderByDescending(t => t.Weight).ToList();

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

        return QuestionType.What;
    }

    // The question word gives the answer kind; after "what"/"which" a type noun ("which country", "hvilket land") refines
    // it. After any other question word the noun is what is counted or described ("how many people", "who was the
    // minister"), not the kind of answer.
    private static AnswerKind ExpectedKind(QuestionType type, List<Token> tokens, LanguageLexicon lexicon, bool[] skip)
    {
        var byType = type switch
        {
            QuestionType.Who => AnswerKind.Person,
            QuestionType.When => AnswerKind.Date,
            QuestionType.Where => AnswerKind.Place,
            QuestionType.Quantity => AnswerKind.Number,
            QuestionType.Why => AnswerKind.Reason,
            QuestionType.How => AnswerKind.Manner,
            _ => AnswerKind.Any,
        };
        if (type != QuestionType.What)
        {
            return byType;
        }

        var after = Array.LastIndexOf(skip, true) + 1;
        for (var i = after; i < Math.Min(tokens.Count, after + 3); i++)
        {
            var lower = tokens[i].Text.ToLowerInvariant();
            foreach (var (noun, nouns) in lexicon.TypeNouns)
            {
                if (nouns.Contains(lower))
                {
                    return noun switch
                    {
                        "person" => AnswerKind.Person,
                        "country" or "city" or "place" => AnswerKind.Place,
                        "agency" or "organisation" => AnswerKind.Organisation,
                        "date" => AnswerKind.Date,
                        "number" => AnswerKind.Number,
                        _ => byType,
                    };
                }
            }
        }

        return byType;
    }

    /// <summary>
    /// "What did Ana Rojas say?", "Hvad sagde Ana Rojas?", "Qu'a dit Ana Rojas ?": the names next to the question's
    /// reporting verb (before it, else after it) are whose words are asked for. Their words stay content words, since
    /// they also help find the claim; "who said …" asks for the speaker instead and has none.
    /// </summary>
    private static string? AskedSpeaker(List<Token> tokens, List<AnalyzedWord> words, LanguageLexicon lexicon)
    {
        for (var verb = 1; verb < tokens.Count; verb++)
        {
            if (tokens[verb].IsCapitalized || !lexicon.ReportingVerbs.Contains(tokens[verb].Text.ToLowerInvariant()))
            {
                continue;
            }

            foreach (var step in new[] { -1, 1 })
            {
                var run = new List<string>();
                for (var i = verb + step; i > 0 && i < tokens.Count && words[i].Kind == WordKind.Name; i += step)
                {
                    run.Add(tokens[i].Text);
                }

                if (run.Count > 0)
                {
                    if (step < 0)
                    {
                        run.Reverse();
                    }

                    return string.Join(' ', run);
                }
            }
        }

        return null;
    }
}
