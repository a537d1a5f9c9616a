using System.Text;
using System.Text.RegularExpressions;

namespace ClaimBot.Training.Suites;

/// <summary>run_eval.py's matching, so labels mean what the scorer counts: NFKC, case-folded, whitespace-normalised, not glued to a longer word.</summary>
public static partial class AnswerMatch
{
    public static bool Found(string answer, string text)
    {
        var a = Normalize(answer);
        var t = Normalize(text);
        if (a.Length == 0)
        {
            return false;
        }

        for (var i = t.IndexOf(a, StringComparison.Ordinal); i >= 0; i = t.IndexOf(a, i + 1, StringComparison.Ordinal))
        {
            var j = i + a.Length;
            var leftOk = i == 0 || !char.IsLetterOrDigit(t[i - 1]) || !char.IsLetterOrDigit(a[0]);
            var rightOk = j == t.Length || !char.IsLetterOrDigit(t[j]) || !char.IsLetterOrDigit(a[^1]);
            if (leftOk && rightOk)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every mention group has an alternative in the text (case-insensitive substring).</summary>
    public static bool Mentions(IReadOnlyList<IReadOnlyList<string>> groups, string text) =>
        groups.All(g => g.Any(alt => text.Contains(alt, StringComparison.OrdinalIgnoreCase)));

    /// <summary>At least one mention group has an alternative in the text: the claim carries part of the answer.</summary>
    public static bool MentionsAny(IReadOnlyList<IReadOnlyList<string>> groups, string text) =>
        groups.Any(g => g.Any(alt => text.Contains(alt, StringComparison.OrdinalIgnoreCase)));

    private static string Normalize(string s) => Spaces().Replace(s.Normalize(NormalizationForm.FormKC), " ").ToLowerInvariant().Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
