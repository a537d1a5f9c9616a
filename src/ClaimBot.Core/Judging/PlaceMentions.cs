using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// Where a text names the place of what it states: a capitalised word right after a locative preposition of its
/// language ("signed in Bogota", "i Oslo", "à Oslo", "im Rathaus"), not a month or weekday ("in October").
/// </summary>
/// <remarks>
/// Word order and the closed class of locative prepositions (<see cref="LanguageLexicon.LocativePrepositions"/>) stand
/// in for a parser and a place-name gazetteer, neither of which is available offline for these six languages; the
/// gazetteer's cities and countries need no preposition to be places, but "Colombia's president" names no event's
/// place, so they count only after one too.
/// </remarks>
public static class PlaceMentions
{
    /// <summary>Token indexes of the first word of every place named after a locative preposition.</summary>
    public static IReadOnlySet<int> Of(IReadOnlyList<Token> tokens, LanguageLexicon lexicon, string language)
    {
        var places = new HashSet<int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsCapitalized && !token.IsNumber
                && lexicon.LocativePrepositions.Contains(tokens[i - 1].Text.ToLowerInvariant())
                && !EntityRecognizer.IsCalendarWord(token.WithoutPossessive, language))
            {
                places.Add(i);
            }
        }

        return places;
    }
}
