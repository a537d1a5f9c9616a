namespace ClaimBot.Core.Extraction;

/// <summary>Finds quoted passages: straight and curly double quotes, «» and »«, „“, and the leading dash that Scandinavian news uses for quotes.</summary>
public static class QuoteScanner
{
    private const int MinQuotedWords = 3;

    /// <summary>Character ranges [start, end) inside quotation marks.</summary>
    public static List<(int Start, int End)> Find(string sentence)
    {
        var ranges = new List<(int, int)>();
        var i = 0;
        while (i < sentence.Length)
        {
            var close = Closer(sentence[i]);
            if (close is null)
            {
                i++;
                continue;
            }

            var end = sentence.IndexOf(close.Value, i + 1);
            if (end < 0)
            {
                ranges.Add((i + 1, sentence.Length));
                break;
            }

            ranges.Add((i + 1, end));
            i = end + 1;
        }

        return ranges;
    }

    /// <summary>True when the sentence opens with a quotation dash ("- Intet er klart endnu, …").</summary>
    public static bool StartsWithQuoteDash(string sentence) =>
        sentence.Length > 2 && sentence[0] is '-' or '–' or '—' && sentence[1] == ' ';

    /// <summary>True when enough of the sentence is a direct quotation to call the claim a quote.</summary>
    public static bool IsQuote(string sentence, IReadOnlyList<(int Start, int End)> ranges) =>
        StartsWithQuoteDash(sentence)
        || ranges.Any(r => sentence[r.Start..r.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinQuotedWords);

    public static bool Inside(IReadOnlyList<(int Start, int End)> ranges, int position) =>
        ranges.Any(r => position >= r.Start && position < r.End);

    private static char? Closer(char open) => open switch
    {
        '"' => '"',
        '“' => '”',
        '„' => '“',
        '«' => '»',
        '»' => '«',
        _ => null,
    };
}
