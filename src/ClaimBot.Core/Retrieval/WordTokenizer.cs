namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Splits text into words with offsets. Keeps in-word apostrophes and hyphens ("Ja'afari", "al-Sham", "FN-ledelse")
/// and decimal/thousand separators inside numbers ("2,700"), which a plain regex split would break.
/// </summary>
public static class WordTokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>True when the words of a phrase stand at <c>tokens[start…]</c>, case-insensitively ("more than", "expected to").</summary>
    public static bool PhraseAt(IReadOnlyList<Token> tokens, int start, IReadOnlyList<string> words)
    {
        if (start < 0 || start + words.Count > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Count; k++)
        {
            if (!string.Equals(tokens[start + k].Text, words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var begin = i;
            if (DottedAcronymLength(text, i, end) is > 0 and var length)
            {
                tokens.Add(new Token(text.Substring(i, length), i, i + length));
                i += length;
                continue;
            }

            while (i < end)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    i++;
                    continue;
                }

                var joinsWords = c is '\'' or '’' or '-' or '‐' && i + 1 < end && char.IsLetter(text[i + 1]) && i > begin;
                var joinsDigits = c is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]);
                if (joinsWords || joinsDigits)
                {
                    i++;
                    continue;
                }

                break;
            }

            tokens.Add(new Token(text[begin..i], begin, i));
        }

        return tokens;
    }

    /// <summary>
    /// "U.N.", "U.S.", "E.U.": capitals each followed by a period are one word, an acronym, as the gazetteer writes it;
    /// split at the periods they were single letters no name lookup could join. The length of the acronym at
    /// <paramref name="i"/> (its periods included), or 0.
    /// </summary>
    private static int DottedAcronymLength(string text, int i, int end)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return 0;
        }

        var at = i;
        while (at + 1 < end && char.IsUpper(text[at]) && text[at + 1] == '.')
        {
            at += 2;
        }

        var letters = (at - i) / 2;
        // Not the start of a longer word ("U.Navy") and at least two letters.
        return letters >= 2 && (at >= end || !char.IsLetterOrDigit(text[at])) ? at - i : 0;
    }

    /// <summary>True for a dotted acronym token ("U.N.").</summary>
    public static bool IsDottedAcronym(string word) =>
        word.Length >= 4 && word.Length % 2 == 0 && DottedAcronymLength(word, 0, word.Length) == word.Length;
}
