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
}
