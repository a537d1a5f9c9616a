using System.Text;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// A spelling-neutral key for names, so transliterations and spellings of one name meet: "Sergey", "Sergej", "Sergei"
/// → "sergei"; "Ja'afari", "Jaafari" → "jafari"; "Lavrov", "Lawrow" → "lavrov". Diacritics are folded, apostrophes
/// and hyphens dropped, doubled letters collapsed, and the letters that transliteration systems swap (y/j/i, w/v,
/// ph/f, k/c before a consonant) mapped to one. Hand-written because no maintained .NET package does name matching
/// across these European languages' transliteration conventions.
/// </summary>
public static class NameKey
{
    public const string Prefix = "k:";

    /// <summary>The keys of a name's parts ("Sergey Lavrov" → "sergei", "lavrov"): two names meet when they share one.</summary>
    public static HashSet<string> PartsOf(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Of).ToHashSet(StringComparer.Ordinal);

    public static string Of(string name)
    {
        var folded = TextAnalyzer.Fold(name.ToLowerInvariant());
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            c = c switch
            {
                'y' or 'j' => 'i',
                'w' => 'v',
                'q' => 'k',
                _ => c,
            };
            if (c == 'p' && i + 1 < folded.Length && folded[i + 1] == 'h')
            {
                c = 'f';
                i++;
            }

            if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        // A final -s is often a genitive ("Irans", "Santos'"), so it is dropped on both sides of a match.
        if (builder.Length > 3 && builder[^1] == 's')
        {
            builder.Length--;
        }

        return builder.ToString().Replace("sh", "s", StringComparison.Ordinal).Replace("ch", "s", StringComparison.Ordinal)
            .Replace("gue", "ge", StringComparison.Ordinal).Replace("ou", "u", StringComparison.Ordinal);
    }
}
