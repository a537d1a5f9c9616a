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

    /// <summary>The numbers a sentence states, normalised (<see cref="NumberReader"/>); years that are dates and days of dates excluded.</summary>
    public static List<string> Numbers(string text, IReadOnlyList<Token> tokens, LanguageLexicon lexicon, IReadOnlyList<PartialDate> dates) =>
        NumberMentions(text, tokens, lexicon, dates).Select(n => n.Value).Distinct().ToList();

    public static List<NumberMention> NumberMentions(string text, IReadOnlyList<Token> tokens, LanguageLexicon lexicon, IReadOnlyList<PartialDate> dates)
    {
        var years = dates.Select(d => d.Year.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var days = dates.Where(d => d.Day is not null).Select(d => d.Day!.Value.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        return NumberReader.Read(text, tokens, lexicon).Where(n => !years.Contains(n.Value) && !(n.FirstToken == n.LastToken && days.Contains(n.Value))).ToList();
    }
}
