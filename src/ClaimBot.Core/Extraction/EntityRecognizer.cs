using System.Collections.Concurrent;
using System.Collections.Frozen;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Finds the entities a sentence mentions: gazetteer entities (countries, organisations, cities, agencies, also by
/// adjective: "Syrian rebels") and people (capitalised name sequences, resolved through the document's
/// <see cref="PersonRegistry"/>), each with a language-neutral id.
/// </summary>
public sealed class EntityRecognizer(EntityGazetteer gazetteer, TextAnalyzer analyzer, LexiconCatalog lexicons)
{
    internal static readonly string[] NameParticles = ["al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "la", "le", "abu"];

    /// <param name="text">The text the tokens' offsets point into.</param>
    public List<EntityRef> Recognize(string text, IReadOnlyList<Token> tokens, string language, LanguageLexicon lexicon, PersonRegistry people)
    {
        var found = new List<EntityRef>();
        var covered = new bool[tokens.Count];
        foreach (var mention in gazetteer.Match(tokens, language))
        {
            found.Add(mention.Entity);
            Array.Fill(covered, true, mention.FirstToken, mention.EndToken - mention.FirstToken);
        }

        var i = 0;
        while (i < tokens.Count)
        {
            if (covered[i] || !StartsName(tokens, i, lexicon))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && !covered[end] && ContinuesName(tokens, end, lexicon))
            {
                end++;
            }

            // "Foreign Minister …": capitalised words right before a role noun are part of a title, not a name; after a
            // comma the role noun opens an apposition instead ("Rodrigo Londono, leader of …").
            if (end < tokens.Count && tokens[end].Start - tokens[end - 1].End == 1 && SpeakerParser.IsRoleWord(tokens[end].Text, lexicon))
            {
                i = end;
                continue;
            }

            var words = tokens.Skip(i).Take(end - i).Select(t => t.WithoutPossessive).ToList();
            var name = JoinName(words);
            var sentenceInitial = i == 0;
            var afterRole = i > 0 && SpeakerParser.IsRoleWord(tokens[i - 1].Text, lexicon);
            if (people.IsKnown(name) || (words.Count >= 2 && (afterRole || LooksLikePersonalName(words, lexicon, lexicons.For("en")))))
            {
                // A full name seen anywhere, not only in an attribution, lets a later surname-only mention resolve to it,
                // with the role an apposition gives it.
                if (words.Count >= 2)
                {
                    people.Add(name, AppositionRole(text, tokens, end, lexicon));
                }

                var person = people.Resolve(name, null);
                found.Add(new EntityRef(PersonRegistry.IdFor(person.Name), person.Name, "person") { Role = person.Role });
            }
            else if (!sentenceInitial && !analyzer.IsStopWord(name, language) && !IsCalendarWord(name, language))
            {
                found.Add(new EntityRef("name:" + PersonRegistry.IdFor(name)["person:".Length..], name, "other"));
            }

            i = end;
        }

        return found.DistinctBy(e => e.Id).ToList();
    }

    /// <summary>
    /// The role of an apposition right after a name: from a role noun after the comma to the next comma, semicolon,
    /// colon or sentence end outside brackets ("Rodrigo Londono, leader of the Revolutionary Armed Forces of Colombia
    /// (FARC), …" → "leader of the Revolutionary Armed Forces of Colombia (FARC)"), at most
    /// <see cref="MaxAppositionWords"/> words. Null when no comma and role noun follow the name.
    /// </summary>
    internal static string? AppositionRole(string text, IReadOnlyList<Token> tokens, int end, LanguageLexicon lexicon)
    {
        if (end >= tokens.Count || tokens[end].Start - tokens[end - 1].End != 2 || text[tokens[end - 1].End] != ','
            || !SpeakerParser.IsRoleWord(tokens[end].Text, lexicon))
        {
            return null;
        }

        var depth = 0;
        var stop = tokens[Math.Min(tokens.Count, end + MaxAppositionWords) - 1].End;
        var i = tokens[end].Start;
        for (; i < stop; i++)
        {
            var c = text[i];
            depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            if (depth <= 0 && c is ',' or ';' or ':' or '.' or '!' or '?' or '"' or '“' or '”' or '«' or '»')
            {
                break;
            }
        }

        if (i < text.Length && text[i] is ')' or ']')
        {
            i++;
        }

        return text[tokens[end].Start..i].Trim();
    }

    private const int MaxAppositionWords = 12;

    // Two to four capitalised words that are not places or institutions ("South Pacific", "White House") read as a person.
    private static bool LooksLikePersonalName(List<string> words, LanguageLexicon lexicon, LanguageLexicon english) =>
        words.Count <= 4 && !words.Any(w => lexicon.PlaceWords.Contains(w.ToLowerInvariant()) || english.PlaceWords.Contains(w.ToLowerInvariant()));

    private bool StartsName(IReadOnlyList<Token> tokens, int index, LanguageLexicon lexicon)
    {
        var token = tokens[index];
        if (IsInitial(token) && index + 1 < tokens.Count && tokens[index + 1].IsCapitalized && tokens[index + 1].Start - token.End == 2)
        {
            return true;
        }

        return token.IsCapitalized && token.Text.Any(char.IsLower) && !SpeakerParser.IsRoleWord(token.Text, lexicon)
            && !analyzer.IsStopWord(token.Text, lexicon.Language) && !token.IsNumber;
    }

    // "J. Smith": an initial and its dot are part of the name.
    private static bool IsInitial(Token token) => token.Text.Length == 1 && char.IsUpper(token.Text[0]);

    private static string JoinName(List<string> words) =>
        string.Concat(words.Select((w, n) => n == 0 ? w : (words[n - 1].Length == 1 && char.IsUpper(words[n - 1][0]) ? ". " : " ") + w));

    private static bool ContinuesName(IReadOnlyList<Token> tokens, int index, LanguageLexicon lexicon)
    {
        var token = tokens[index];
        var gap = index > 0 ? token.Start - tokens[index - 1].End : 1;
        if (gap > 1 && !(gap == 2 && IsInitial(tokens[index - 1])))
        {
            return false;
        }

        var lower = token.Text.ToLowerInvariant();
        var particle = NameParticles.Any(p => lower == p || lower.StartsWith(p + "-", StringComparison.Ordinal));
        if (particle)
        {
            return lower.Contains('-', StringComparison.Ordinal) || (index + 1 < tokens.Count && tokens[index + 1].IsCapitalized);
        }

        return token.IsCapitalized && !SpeakerParser.IsRoleWord(token.Text, lexicon) && !token.IsNumber;
    }

    /// <summary>A month or weekday name of the language or of English, written out or abbreviated ("October", "Nov", "mandag").</summary>
    /// <remarks>Asked for every capitalised word of every claim the judge reads, so each language's names are collected once.</remarks>
    public static bool IsCalendarWord(string word, string language) =>
        CalendarWords.GetOrAdd(language, CollectCalendarWords).Contains(word.TrimEnd('.'));

    private static readonly ConcurrentDictionary<string, FrozenSet<string>> CalendarWords = new(StringComparer.Ordinal);

    private static FrozenSet<string> CollectCalendarWords(string language) =>
        new[] { LexiconCatalog.DateNames(language), LexiconCatalog.DateNames("en") }
            .SelectMany(d => d.MonthNames.Concat(d.DayNames).Concat(d.AbbreviatedMonthNames).Concat(d.AbbreviatedDayNames))
            .Where(n => n.Length > 0)
            .Select(n => n.TrimEnd('.'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
