using System.Globalization;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>Polarity, hedging and numbers of a sentence, from the language's cue lists.</summary>
public static class ClaimFeatures
{
    public static bool IsNegated(IReadOnlyList<Token> tokens, LanguageLexicon lexicon) =>
        tokens.Any(t =>
        {
            var lower = t.Text.ToLowerInvariant();
            return lexicon.NegationCues.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);
        });

    public static bool IsHedged(string sentence, IReadOnlyList<Token> tokens, LanguageLexicon lexicon)
    {
        var lower = " " + string.Join(' ', tokens.Select(t => t.Text.ToLowerInvariant())) + " ";
        return lexicon.HedgeCues.Any(cue => lower.Contains(" " + cue + " ", StringComparison.Ordinal)) || sentence.TrimEnd().EndsWith('?');
    }

    /// <summary>Numbers as written in digits or words, normalised ("2,700" → "2700", "tre" → "3"); years that are dates excluded.</summary>
    public static List<string> Numbers(IReadOnlyList<Token> tokens, LanguageLexicon lexicon, IReadOnlyList<PartialDate> dates)
    {
        var numbers = new List<string>();
        var years = dates.Select(d => d.Year.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsNumber)
            {
                var normalized = token.Text.Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
                var isDayOfDate = dates.Any(d => d.Day?.ToString(CultureInfo.InvariantCulture) == normalized);
                if (!years.Contains(normalized) && !isDayOfDate)
                {
                    numbers.Add(normalized);
                }

                continue;
            }

            var lower = token.Text.ToLowerInvariant();
            // "en"/"et"/"ein"/"un" are articles far more often than the number one.
            if (lexicon.NumberWords.TryGetValue(lower, out var value) && (value != 1 || lower == "one"))
            {
                numbers.Add(value.ToString(CultureInfo.InvariantCulture));
            }
        }

        return numbers.Distinct().ToList();
    }
}
