using System.Text.RegularExpressions;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Documents;

/// <summary>
/// Splits a document into paragraphs and marks web boilerplate (subscription offers, prices, menus, "Next Story",
/// share/newsletter text, disclaimers) so none of it becomes a claim. Cues come from every language's lexicon,
/// because a page's chrome is often in another language than its article.
/// </summary>
public sealed partial class BlockClassifier
{
    private readonly string[] _endMarkers;
    private readonly string[] _prefixCues;

    // All word-bounded cues of all languages as one compiled alternation: a regex per cue per paragraph was the single
    // largest cost (and allocation) of reading a document.
    private readonly Regex _cues;

    public BlockClassifier(LexiconCatalog lexicons)
    {
        var cues = lexicons.All.SelectMany(l => l.Boilerplate).Select(Normalize).Distinct().ToArray();
        _prefixCues = cues.Where(c => c.EndsWith(':')).ToArray();
        var bounded = cues.Where(c => !c.EndsWith(':')).OrderByDescending(c => c.Length).Select(Regex.Escape);
        _cues = new Regex(@"(?<![\p{L}])(?:" + string.Join('|', bounded) + @")(?![\p{L}])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        _endMarkers = lexicons.All.SelectMany(l => l.EndOfArticleMarkers).Select(Normalize).Distinct().ToArray();
    }

    private const int MaxBoilerplateWords = 30;

    // A price line is an offer ("$4.99/month", "Prøv 3 måneder for 99 kr.", "Only $2 a week"): a few words around a
    // price. A sentence that reports an amount ("The deal is worth £1.3 billion.") is news, at any length.
    private const int MaxPriceLineWords = 12;

    // A chrome cue opens its line or one of its sentences ("Subscribe now for unlimited access", "... free articles.
    // Subscribe now"); deeper in a sentence the same word is the sentence's own ("the talks were sponsored by Qatar").
    private const int MaxWordsBeforeCue = 2;

    public List<TextBlock> Classify(string text)
    {
        var blocks = Split(text);
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i] = blocks[i] with { Kind = KindOf(blocks[i].Of(text)) };
        }

        CutTail(text, blocks, _endMarkers);
        return blocks;
    }

    private BlockKind KindOf(string block)
    {
        var words = WordTokenizer.Tokenize(block);
        var normalized = Normalize(block);
        var trimmed = block.TrimEnd();
        var endsSentence = trimmed.Length > 0 && ".!?\"”»'".Contains(trimmed[^1], StringComparison.Ordinal);
        if (words.Count == 0 || EditorInitials().IsMatch(block.Trim()) || IsPriceLine(block, words.Count, endsSentence))
        {
            return BlockKind.Boilerplate;
        }

        if (words.Count <= MaxBoilerplateWords && (OpensWithCue(normalized) || _prefixCues.Any(c => normalized.StartsWith(c, StringComparison.Ordinal))))
        {
            return BlockKind.Boilerplate;
        }

        return words.Count <= 4 && !endsSentence ? BlockKind.Fragment : BlockKind.Body;
    }

    private static bool IsPriceLine(string block, int wordCount, bool endsSentence) =>
        wordCount <= MaxPriceLineWords && (Saving().IsMatch(block) || (Price().IsMatch(block) && (!endsSentence || Period().IsMatch(block))));

    private bool OpensWithCue(string normalized)
    {
        for (var match = _cues.Match(normalized); match.Success; match = match.NextMatch())
        {
            var before = normalized[..match.Index];
            var sentenceStart = before.LastIndexOfAny(['.', '!', '?', ':', '|', '•', '–', '—']) + 1;
            if (WordTokenizer.Tokenize(before[sentenceStart..]).Count <= MaxWordsBeforeCue)
            {
                return true;
            }
        }

        return false;
    }

    // From the first end-of-article marker (or agency sign-off like "--IANS") on, a tail that is mostly chrome is all chrome.
    private static void CutTail(string text, List<TextBlock> blocks, string[] endMarkers)
    {
        for (var i = 2; i < blocks.Count; i++)
        {
            var normalized = Normalize(blocks[i].Of(text));
            var isMarker = SignOffLine.Match(blocks[i].Of(text)).Success || endMarkers.Any(m => normalized.StartsWith(m, StringComparison.Ordinal));
            if (!isMarker)
            {
                continue;
            }

            var rest = blocks.Skip(i).ToList();
            var chrome = rest.Count(b => b.Kind is BlockKind.Boilerplate or BlockKind.Fragment);
            if (chrome * 2 >= rest.Count)
            {
                for (var j = i; j < blocks.Count; j++)
                {
                    blocks[j] = blocks[j] with { Kind = BlockKind.Boilerplate };
                }

                return;
            }
        }
    }

    private static List<TextBlock> Split(string text)
    {
        var blocks = new List<TextBlock>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var (s, e) = Trim(text, start, end);
            if (e > s)
            {
                blocks.Add(new TextBlock(s, e, BlockKind.Body));
            }

            start = end + 1;
        }

        return blocks;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static string Normalize(string text) => TextAnalyzer.Fold(text.ToLowerInvariant()).Trim();

    [GeneratedRegex(@"[₹$€£¥]\s?\d|\d\s?(kr\.?|usd|eur|dkk|nok|sek)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    // The billing period of an offer, in the six languages: a rate ("/month", "a week", "per year", "om måneden",
    // "pro Monat", "par mois") or a trial's length ("3 måneder", "12 months"). A year that dates an amount ("last
    // year", "förra året") is no billing period.
    [GeneratedRegex(@"(?:/\s?|(?<!\p{L})(?:a|an|per|pr\.?|om|pro|im|par|\d+)\s+)(?:day|week|month|year|dag|uge|uke|veck|måned|månad|år|woche|monat|jahr|jour|semaine|mois|an|année)(?:s|n|e|a|er|en|et|ne|ar|or)?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\bsave\s+\d+\s?%", RegexOptions.IgnoreCase)]
    private static partial Regex Saving();

    [GeneratedRegex(@"^[a-z]{2,4}(/[a-z]{2,4})+$")]
    private static partial Regex EditorInitials();

}
