// Shared by both stores: compiled into ClaimBot.Store.Postgres as a linked file (see its .csproj).
using System.Text.RegularExpressions;

namespace ClaimBot.Store.Shared;

/// <summary>
/// Search terms are matched as exact tokens. A token can only hold letters, digits and ':' '-' '_' '.', so a term
/// with any other character can never match and is dropped before it reaches the query text.
/// </summary>
internal static partial class SearchTermFilter
{
    public static IReadOnlyList<string> Filter(IReadOnlyCollection<string> terms)
    {
        var result = new List<string>(terms.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (string.IsNullOrEmpty(term))
            {
                continue;
            }

            var token = term.ToLowerInvariant();
            if (TokenPattern().IsMatch(token) && seen.Add(token))
            {
                result.Add(token);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}:_.\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
