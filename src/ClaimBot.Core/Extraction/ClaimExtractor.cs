using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Extracts the claims of a document, deterministically and offline: one claim per factual sentence (and the title),
/// with its exact span, speaker resolved across the document, quote flag, polarity, hedging, entities, dates and numbers.
/// </summary>
public sealed class ClaimExtractor(
    LexiconCatalog lexicons,
    SentenceSplitter splitter,
    AttributionFinder attributions,
    SpeakerParser speakers,
    EntityRecognizer recognizer,
    DateNormalizer dateNormalizer,
    SearchTerms searchTerms)
{
    private const int MinClaimWords = 4;
    private const int MaxTrailingAttributionWords = 5;

    public IReadOnlyList<Claim> Extract(SourceDocument document, IReadOnlyList<TextBlock> blocks)
    {
        var lexicon = lexicons.For(document.Language);
        var sentences = Sentences(document, blocks);
        var people = new PersonRegistry();
        var found = sentences.Select(s => attributions.Find(document.Text[s.Start..s.End], lexicon, s.LocalQuotes())).ToList();
        foreach (var attribution in found)
        {
            if (attribution?.Phrase is { } phrase && speakers.Parse(phrase, lexicon) is { } parsed && parsed.Name.Contains(' ', StringComparison.Ordinal))
            {
                people.Add(parsed.Name, parsed.Role);
            }
        }

        // Full names anywhere in the document ("led by Gudrun Halldorsdottir"), so a quote attributed later to
        // "Halldorsdottir" resolves to the person, not only names first seen as speakers. A sentence's first word is
        // left out: its capital says nothing ("Ifølge Fiskeristyrelsen" is not a name).
        foreach (var sentence in sentences)
        {
            var tokens = WordTokenizer.Tokenize(document.Text, sentence.Start, sentence.End);
            if (tokens.Count > 1)
            {
                recognizer.Recognize(document.Text, tokens[1..], document.Language, lexicon, people);
            }
        }

        var drafts = new List<ClaimDraft>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var text = document.Text[sentence.Start..sentence.End];
            if (TrailingAttribution(text, lexicon) is { } agency && drafts.Count > 0 && drafts[^1].Block == sentence.Block)
            {
                var previous = drafts[^1];
                drafts[^1] = previous with { End = sentence.End, Speaker = previous.Speaker ?? people.Resolve(agency, null) };
                continue;
            }

            var tokens = WordTokenizer.Tokenize(text);
            if (!sentence.IsTitle && (tokens.Count < MinClaimWords || text.TrimEnd().EndsWith('?')))
            {
                continue;
            }

            var speaker = ResolveSpeaker(found[i], lexicon, people);
            var quote = sentence.FullyQuoted || QuoteScanner.IsQuote(text, sentence.LocalQuotes());
            drafts.Add(new ClaimDraft(sentence.Start, sentence.End, sentence.Block, speaker, quote, sentence.InDashQuote || sentence.Quotes.Count > 0));
        }

        PropagateQuoteSpeakers(drafts);
        var documentDate = PartialDate.Parse(document.Date);
        return drafts.Select((d, n) => Build(document, d, n + 1, lexicon, people, documentDate)).ToList();
    }

    private Claim Build(SourceDocument document, ClaimDraft draft, int ordinal, LanguageLexicon lexicon, PersonRegistry people, PartialDate? documentDate)
    {
        var text = document.Text[draft.Start..draft.End];
        var tokens = WordTokenizer.Tokenize(text);
        var entities = recognizer.Recognize(text, tokens, document.Language, lexicon, people);
        if (draft.Speaker is { } speaker)
        {
            var speakerText = speaker.Name + ", " + speaker.Role;
            entities.AddRange(recognizer.Recognize(speakerText, WordTokenizer.Tokenize(speakerText), document.Language, lexicon, people).Where(e => entities.All(x => x.Id != e.Id)));
        }

        // One pass finds the dates and, where no year can be told ("10. april" in an undated document), the day and
        // month alone: those are stored as no date, but their day is no quantity either.
        var found = dateNormalizer.Find(text, document.Language, documentDate, yearless: true);
        var isoDates = found.Where(d => d.Year > 0).Select(d => d.ToIso()).ToList();
        var numbers = ClaimFeatures.Numbers(text, tokens, lexicon, found);
        return new Claim(
            Id: $"{document.Id}#{ordinal}",
            SourceId: document.Id,
            Text: text,
            Start: draft.Start,
            End: draft.End,
            Language: document.Language,
            Speaker: draft.Speaker,
            IsQuote: draft.IsQuote,
            IsNegated: ClaimFeatures.IsNegated(tokens, lexicon),
            IsHedged: ClaimFeatures.IsHedged(text, tokens, lexicon),
            Entities: entities,
            Dates: isoDates,
            Numbers: numbers,
            Terms: searchTerms.For(text, document.Language, draft.Speaker, entities, isoDates, numbers));
    }

    private Speaker? ResolveSpeaker(Attribution? attribution, LanguageLexicon lexicon, PersonRegistry people)
    {
        if (attribution?.Phrase is not { } phrase)
        {
            return null;
        }

        if (SpeakerParser.IsPronoun(phrase, lexicon))
        {
            return lexicon.Pronouns.Singular.Contains(phrase.Trim().ToLowerInvariant()) ? people.LastSpeaker : null;
        }

        if (speakers.Parse(phrase, lexicon) is not { } parsed)
        {
            return null;
        }

        var speaker = people.Resolve(parsed.Name, parsed.Role);
        people.Spoke(speaker);
        return speaker;
    }

    // "Det skriver Reuters." names the source of the sentence before it.
    private static string? TrailingAttribution(string sentence, LanguageLexicon lexicon)
    {
        var lower = sentence.Trim().TrimEnd('.').ToLowerInvariant();
        foreach (var phrase in lexicon.PreviousSentenceAttributions)
        {
            if (lower.StartsWith(phrase + " ", StringComparison.Ordinal))
            {
                var rest = sentence.Trim().TrimEnd('.')[(phrase.Length + 1)..].Trim();
                var words = WordTokenizer.Tokenize(rest);
                if (words.Count is > 0 and <= MaxTrailingAttributionWords && words.Any(w => w.IsCapitalized))
                {
                    return rest;
                }
            }
        }

        return null;
    }

    // A quotation running over several sentences is attributed once, after its last sentence.
    private static void PropagateQuoteSpeakers(List<ClaimDraft> drafts)
    {
        for (var i = drafts.Count - 2; i >= 0; i--)
        {
            var next = drafts[i + 1];
            if (drafts[i].Speaker is null && drafts[i].IsQuote && drafts[i].InQuotedBlock && next.Block == drafts[i].Block && next.Speaker is not null)
            {
                drafts[i] = drafts[i] with { Speaker = next.Speaker };
            }
        }
    }

    private List<SentenceInfo> Sentences(SourceDocument document, IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<SentenceInfo>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind is not (BlockKind.Body or BlockKind.Title))
            {
                continue;
            }

            var content = block.Of(document.Text);
            var quotes = QuoteScanner.Find(content).Select(q => (q.Start + block.Start, q.End + block.Start)).ToList();
            var dash = QuoteScanner.StartsWithQuoteDash(content);
            if (block.Kind == BlockKind.Title)
            {
                result.Add(new SentenceInfo(block.Start, block.End, b, true, false, quotes));
                continue;
            }

            foreach (var (start, end) in splitter.Split(document.Text, block.Start, block.End, document.Language))
            {
                result.Add(new SentenceInfo(start, end, b, false, dash, quotes));
            }
        }

        return result;
    }

    private sealed record ClaimDraft(int Start, int End, int Block, Speaker? Speaker, bool IsQuote, bool InQuotedBlock);
}
