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
        if (words.Count == 0 || Price().IsMatch(block) || EditorInitials().IsMatch(block.Trim()))
        {
            return BlockKind.Boilerplate;
        }

        if (words.Count <= MaxBoilerplateWords && (_cues.IsMatch(normalized) || _prefixCues.Any(c => normalized.StartsWith(c, StringComparison.Ordinal))))
        {
            return BlockKind.Boilerplate;
        }

        var trimmed = block.TrimEnd();
        var endsSentence = trimmed.Length > 0 && ".!?\"”»'".Contains(trimmed[^1], StringComparison.Ordinal);
        return words.Count <= 4 && !endsSentence ? BlockKind.Fragment : BlockKind.Body;
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

    [GeneratedRegex(@"[₹$€£¥]\s?\d|\d\s?(kr\.?|usd|eur|dkk|nok|sek)(?!\p{L})|/\s?(month|year|måned|år|mois|monat|månad)\b|\bsave\s+\d+\s?%", RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    [GeneratedRegex(@"^[a-z]{2,4}(/[a-z]{2,4})+$")]
    private static partial Regex EditorInitials();

}
