using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// The checkable part of "never add facts": every sentence cites [n] from the given evidence and nothing else,
/// and quoted text is found verbatim (whitespace and case aside) in a claim that sentence cites.
/// </summary>
internal static partial class CitationGuard
{
    /// <summary>Null when the reply may be used; otherwise why not, without quoting the reply.</summary>
    public static string? FindViolation(string? reply, PhrasingRequest request)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return "empty reply";
        }

        var split = ReplySentences.Split(reply);
        if (split.UnbalancedQuote)
        {
            return "unbalanced quotation marks";
        }

        var given = request.Evidence.Select(e => e.N).Concat(request.Draft.SelectMany(d => d.Citations)).ToHashSet();
        var claims = request.Evidence.GroupBy(e => e.N).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < split.Sentences.Count; i++)
        {
            var cited = Citations(split.Sentences[i]);
            if (cited.Count == 0)
            {
                return $"sentence {i + 1} has no citation";
            }

            var unknown = cited.Where(n => !given.Contains(n)).ToList();
            if (unknown.Count > 0)
            {
                return $"sentence {i + 1} cites [{string.Join("], [", unknown)}], which was not given";
            }
        }

        foreach (var quote in split.Quotes)
        {
            var fragments = Ellipsis().Split(quote.Text).Select(Normalize).Where(f => f.Length > 0).ToList();
            if (fragments.Count == 0)
            {
                continue;
            }

            if (quote.Sentence >= split.Sentences.Count)
            {
                return "quoted text outside any cited sentence";
            }

            var sources = Citations(split.Sentences[quote.Sentence])
                .Where(claims.ContainsKey)
                .SelectMany(n => new[] { claims[n].Text, claims[n].SourceTitle ?? string.Empty })
                .Select(Normalize)
                .ToList();
            if (fragments.Any(f => !sources.Any(s => s.Contains(f, StringComparison.Ordinal))))
            {
                return $"quoted text in sentence {quote.Sentence + 1} is not in the claims it cites";
            }
        }

        return null;
    }

    private static List<int> Citations(string sentence) =>
        Marker().Matches(sentence)
            .Select(m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToList();

    private static string Normalize(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            collapsed.Append(collapsed.Length > 0 ? " " : string.Empty).Append(word);
        }

        return collapsed.ToString().Replace('’', '\'').Replace('‘', '\'').Trim(' ', '.', ',', ';', ':', '!', '?').ToLowerInvariant();
    }

    [GeneratedRegex(@"\[(\d{1,9})\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]")]
    private static partial Regex Ellipsis();
}
