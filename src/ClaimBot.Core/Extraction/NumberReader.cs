using System.Globalization;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Reads the numbers of a text the way its language writes them: thousands grouped by ".", ",", spaces or apostrophes
/// ("220.000", "200 000", "890'000"), decimal commas ("50,21"), number words and scale words ("six million",
/// "seks millioner", "1,5 Millionen"). .NET's number parsing needs the grouping style known in advance; news text mixes
/// them, so the separator is read from its position (a group of exactly three digits follows a thousands separator).
/// </summary>
public static class NumberReader
{
    private static readonly char[] GroupGaps = [' ', '\u00a0', '\u202f', '\u2009', '\'', '’'];

    public static List<NumberMention> Read(string text, IReadOnlyList<Token> tokens, LanguageLexicon lexicon)
    {
        var found = new List<NumberMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = i;
            decimal? value = null;
            if (tokens[i].IsNumber)
            {
                var digits = tokens[i].Text;
                // "200 000", "890'000": further groups of exactly three digits after a one-character gap.
                while (i + 1 < tokens.Count && tokens[i + 1].Text.Length == 3 && tokens[i + 1].Text.All(char.IsAsciiDigit)
                       && tokens[i + 1].Start - tokens[i].End == 1 && GroupGaps.Contains(text[tokens[i].End]) && !digits.Contains(',') && !digits.Contains('.'))
                {
                    digits += tokens[++i].Text;
                }

                value = Parse(digits, lexicon.Language);
            }
            // A capitalised number word inside a sentence is part of a name ("Kaci Kullmann Five").
            else if (lexicon.NumberWords.TryGetValue(tokens[i].Text.ToLowerInvariant(), out var word) && (i == 0 || !tokens[i].IsCapitalized))
            {
                // "en"/"et"/"ein"/"un" are articles far more often than the number one, unless a scale word follows.
                var scaled = i + 1 < tokens.Count && lexicon.ScaleWords.ContainsKey(tokens[i + 1].Text.ToLowerInvariant().TrimEnd('.'));
                if (word != 1 || scaled || tokens[i].Text.Equals("one", StringComparison.OrdinalIgnoreCase))
                {
                    value = word;
                }
            }

            if (value is null)
            {
                continue;
            }

            if (i + 1 < tokens.Count && lexicon.ScaleWords.TryGetValue(tokens[i + 1].Text.ToLowerInvariant().TrimEnd('.'), out var scale))
            {
                value *= scale;
                i++;
            }

            found.Add(new NumberMention(value.Value.ToString("0.########", CultureInfo.InvariantCulture), start, i));
        }

        return found;
    }

    /// <summary>A digit string with separators: the last separator is decimal unless exactly three digits follow it, or it repeats.</summary>
    public static decimal? Parse(string digits, string language)
    {
        var lastDot = digits.LastIndexOf('.');
        var lastComma = digits.LastIndexOf(',');
        var last = Math.Max(lastDot, lastComma);
        string integer, fraction = "";
        if (last < 0)
        {
            integer = digits;
        }
        else
        {
            var separator = digits[last];
            var after = digits.Length - last - 1;
            var repeats = digits.Count(c => c == separator) > 1;
            var other = separator == '.' ? lastComma : lastDot;
            // An English "1.500" is one and a half; elsewhere (and for "1,500") three digits after the mark group thousands.
            var grouping = repeats || (after == 3 && other < 0 && !(separator == '.' && language == "en"));
            if (grouping)
            {
                integer = digits.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            }
            else
            {
                integer = digits[..last].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
                fraction = digits[(last + 1)..];
            }
        }

        var normalized = fraction.Length > 0 ? integer + "." + fraction : integer;
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
