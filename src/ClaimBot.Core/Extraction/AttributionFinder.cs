using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Finds the speaker phrase of a sentence from the language's reporting verbs and attribution phrases:
/// "Lavrov said", "sagde X til Interfax", "X was quoted as saying by Tasnim", "ifølge X", "hedder det".
/// </summary>
public sealed class AttributionFinder(TextAnalyzer analyzer)
{
    private const int MaxSpeakerTokens = 12;
    private const int MaxAppositiveTokens = 8;
    private const int MaxClauseTokens = 12;
    private const int MaxLooseWords = 2;
    internal static readonly string[] Conjunctions = ["og", "and", "und", "et", "och", "samt", "or", "eller"];

    public Attribution? Find(string sentence, LanguageLexicon lexicon, IReadOnlyList<(int Start, int End)> quotes)
    {
        var lower = sentence.ToLowerInvariant();
        foreach (var pattern in lexicon.QuotedAsSaying.OrderByDescending(p => p.Length))
        {
            var at = SentenceClauses.IndexOfWords(lower, pattern);
            if (at > 0 && !QuoteScanner.Inside(quotes, at))
            {
                var start = quotes.Where(q => q.End <= at).Select(q => q.End + 1).DefaultIfEmpty(0).Max();
                var phrase = LastClause(sentence[Math.Min(start, at)..at], lexicon);
                if (phrase is not null)
                {
                    return new Attribution(phrase, AttributionKind.QuotedAsSaying);
                }
            }
        }

        foreach (var preposition in lexicon.AttributionPrepositions)
        {
            var at = SentenceClauses.IndexOfWords(lower, preposition);
            if (at >= 0 && !QuoteScanner.Inside(quotes, at))
            {
                var phrase = PhraseAfter(sentence, at + preposition.Length, lexicon);
                if (phrase is not null)
                {
                    return new Attribution(phrase, AttributionKind.AccordingTo);
                }
            }
        }

        var tokens = WordTokenizer.Tokenize(sentence);
        quotes = SentenceClauses.WithDashQuote(sentence, lower, lexicon, quotes, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var verb = tokens[i];
            if (QuoteScanner.Inside(quotes, verb.Start) || !lexicon.ReportingVerbs.Contains(verb.Text.ToLowerInvariant()) || (i > 0 && verb.IsCapitalized))
            {
                continue;
            }

            var before = sentence[..verb.Start].TrimEnd();
            var afterBreak = before.Length == 0 || before[^1] is ',' or '"' or '”' or '»' or '«' or '\'';
            var speakerBefore = LastClause(SentenceClauses.ClauseBefore(sentence, verb.Start, quotes), lexicon);
            // After a comma or quote the speaker follows the verb ("…, sagde X", "…, oplyser det norske ministerium"),
            // unless the verb opens a clause ("X, siger, at …") or the comma closes a speaker's apposition ("Syriens
            // chefforhandler, Bashar Ja'afari, kalder mødet i Astana …"), where the speaker came before and what
            // follows the verb is its object.
            var inverted = afterBreak && (StartsSpeaker(tokens, i + 1, lexicon)
                || (!SentenceClauses.OpensClause(sentence, verb.End, lexicon) && speakerBefore is null));
            // "Kari Nordmann, siger, at Norge …": a comma before the verb and a capital after it is not always inversion;
            // when nothing names a speaker after the verb, the speaker is the clause before it.
            var phrase = (inverted ? PhraseAfter(sentence, verb.End, lexicon) : null) ?? speakerBefore;
            if (phrase is not null && !(inverted && before.Length == 0 && !QuoteScanner.StartsWithQuoteDash(sentence)))
            {
                return new Attribution(phrase, AttributionKind.ReportingVerb);
            }
        }

        foreach (var impersonal in lexicon.ImpersonalAttributions)
        {
            var at = SentenceClauses.IndexOfWords(lower, impersonal);
            if (at > 0 && !QuoteScanner.Inside(quotes, at))
            {
                return new Attribution(null, AttributionKind.Impersonal);
            }
        }

        return null;
    }

    // "sagde Syriens ambassadør …", "said the foreign minister", "said Lavrov": an inverted speaker starts with a name or role.
    private bool StartsSpeaker(List<Token> tokens, int index, LanguageLexicon lexicon)
    {
        for (var i = index; i < Math.Min(tokens.Count, index + 3); i++)
        {
            if (tokens[i].IsCapitalized || SpeakerParser.IsRoleWord(tokens[i].Text, lexicon))
            {
                return true;
            }

            if (!analyzer.IsStopWord(tokens[i].Text, lexicon.Language))
            {
                return false;
            }
        }

        return false;
    }

    // The speaker before a verb is the last comma-separated segment, plus an appositive role or list item before it:
    // "Den franske udenrigsminister, Jean-Marc Ayrault," / "Rusland, Tyrkiet og Iran".
    private string? LastClause(string clause, LanguageLexicon lexicon)
    {
        var segments = clause.Split(',', StringSplitOptions.TrimEntries).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0)
        {
            return null;
        }

        var phrase = TrimEdges(SentenceClauses.AfterAdversative(segments[^1]), lexicon);
        if (segments.Count > 1)
        {
            var previous = segments[^2];
            var previousTokens = WordTokenizer.Tokenize(previous);
            var lastTokens = WordTokenizer.Tokenize(phrase);
            var isAppositiveRole = previousTokens.Count <= MaxAppositiveTokens && previousTokens.Any(t => SpeakerParser.IsRoleWord(t.Text, lexicon));
            var isListItem = previousTokens.Count <= 3 && previousTokens.All(t => t.IsCapitalized)
                && lastTokens.Any(t => Conjunctions.Contains(t.Text.ToLowerInvariant()));
            if (isAppositiveRole || isListItem)
            {
                phrase = previous + ", " + phrase;
            }
        }

        var words = WordTokenizer.Tokenize(phrase);
        // "Environmental groups welcomed the deal": a clause with several ordinary words is not a speaker.
        var loose = words.Count(w => !w.IsCapitalized && !analyzer.IsStopWord(w.Text, lexicon.Language) && !SpeakerParser.IsRoleWord(w.Text, lexicon));
        return words.Count is > 0 and <= MaxSpeakerTokens && loose <= MaxLooseWords ? phrase : null;
    }

    // The speaker after an inverted verb ("sagde Syriens ambassadør i Rusland, Riyad Haddad, til …") runs to a stop word.
    private string? PhraseAfter(string sentence, int from, LanguageLexicon lexicon)
    {
        var tokens = WordTokenizer.Tokenize(sentence, from, sentence.Length);
        var end = from;
        var taken = 0;
        for (var i = 0; i < tokens.Count && taken < MaxSpeakerTokens; i++)
        {
            var word = tokens[i].Text.ToLowerInvariant();
            var between = sentence[end..tokens[i].Start];
            var afterInitial = i > 0 && between.Trim() == "." && IsInitialOrTitle(tokens[i - 1].Text, lexicon);
            if ((between.Contains('.', StringComparison.Ordinal) && !afterInitial) || between.Contains(';', StringComparison.Ordinal))
            {
                break;
            }

            var nextCapitalized = i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
            var joinsNames = taken > 0 && nextCapitalized && word.Length <= 3 && word is not "til" and not "to";
            if (lexicon.SpeakerStopWords.Contains(word) && !joinsNames)
            {
                break;
            }

            // "enligt Bernard Aronson, som är USA:s sändebud för fredsprocessen.": a relative clause after the name says
            // who the speaker is (SpeakerParser reads it as the role); it runs to the clause's end.
            if (taken > 0 && between.Contains(',', StringComparison.Ordinal) && lexicon.RelativePronouns.Contains(word))
            {
                if (ClauseEnd(sentence, tokens, i) is { } clauseEnd)
                {
                    end = clauseEnd;
                }

                break;
            }

            // "Ifølge IS selv er gruppen …", "said Lavrov, adding …": once a name is taken, a lower-case word that is
            // neither a role nor a link to a further name ("i Rusland", "fra Danmarks …", "of the Council") starts the rest of the sentence.
            var hasName = tokens.Take(i).Any(t => t.IsCapitalized);
            var linksName = word.Length <= 3 && (nextCapitalized
                || (i + 2 < tokens.Count && analyzer.IsStopWord(tokens[i + 1].Text, lexicon.Language) && tokens[i + 2].IsCapitalized));
            if (hasName && !tokens[i].IsCapitalized && !linksName && !SpeakerParser.IsRoleWord(word, lexicon)
                && !EntityRecognizer.NameParticles.Any(p => word == p || word.StartsWith(p + "-", StringComparison.Ordinal)))
            {
                break;
            }

            end = tokens[i].End;
            taken++;
        }

        var phrase = TrimEdges(sentence[from..end], lexicon);
        return taken > 0 && phrase.Length > 0 ? phrase : null;
    }

    // The end of the relative clause opening at token <paramref name="at"/>: the last token before a comma, semicolon
    // or the sentence's end, if the clause is short enough to be a description.
    private static int? ClauseEnd(string sentence, List<Token> tokens, int at)
    {
        for (var j = at; j < tokens.Count && j - at < MaxClauseTokens; j++)
        {
            var after = j + 1 < tokens.Count ? sentence[tokens[j].End..tokens[j + 1].Start] : sentence[tokens[j].End..];
            if (j + 1 == tokens.Count || after.Contains(',', StringComparison.Ordinal) || after.Contains(';', StringComparison.Ordinal) || after.Trim() == ".")
            {
                return tokens[j].End;
            }
        }

        return null;
    }

    // "siger J. Hansen", "said Dr. Weber": the dot of an initial or a title does not end the speaker.
    private static bool IsInitialOrTitle(string word, LanguageLexicon lexicon) =>
        (word.Length == 1 && char.IsUpper(word[0])) || lexicon.Abbreviations.Contains(word.ToLowerInvariant());

    private string TrimEdges(string phrase, LanguageLexicon lexicon)
    {
        var tokens = WordTokenizer.Tokenize(phrase);
        var last = tokens.Count - 1;
        while (last >= 0 && (analyzer.IsStopWord(tokens[last].Text, lexicon.Language) || lexicon.SpeakerStopWords.Contains(tokens[last].Text.ToLowerInvariant()))
            && !SpeakerParser.IsPronoun(tokens[last].Text, lexicon))
        {
            last--;
        }

        return last < 0 ? "" : phrase[tokens[0].Start..tokens[last].End];
    }


}
