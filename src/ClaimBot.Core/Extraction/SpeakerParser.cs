using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Extraction;

/// <summary>
/// Splits a speaker phrase into name and role: "Iran's Foreign Minister Mohammad Javad Zarif" → Zarif + "Iran's Foreign
/// Minister"; "Syriens ambassadør i Rusland, Riyad Haddad" → Haddad + "Syriens ambassadør i Rusland".
/// </summary>
public sealed class SpeakerParser(TextAnalyzer analyzer, EntityGazetteer gazetteer)
{
    private const int MaxPhraseTokens = 14;

    /// <summary>Name and role of a phrase, or null when it names no one (a pronoun or no capitalised word).</summary>
    public (string Name, string? Role)? Parse(string phrase, LanguageLexicon lexicon)
    {
        var cleaned = phrase.Trim().Trim(',', ' ', '"', '“', '”', '«', '»', '(', ')', '-', '–');
        var tokens = WordTokenizer.Tokenize(cleaned);
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens)
        {
            return null;
        }

        var mentions = gazetteer.Match(tokens, lexicon.Language);
        var capitalized = tokens.Where(t => t.IsCapitalized).ToList();
        if (capitalized.Count > 1 && capitalized.All(t => mentions.Any(m => t.Start >= tokens[m.FirstToken].Start && t.End <= tokens[m.EndToken - 1].End)))
        {
            // "Rusland, Tyrkiet og Iran": a list of known entities speaks together.
            return (cleaned, null);
        }

        var segments = cleaned.Split([',', '('], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim(')', ' '))
            .Where(s => s.Length > 0)
            .ToList();
        // "Bernard Aronson, som är USA:s särskilda sändebud": a relative clause describes the name before it.
        var described = segments.Select(s => Description(s, lexicon)).ToList();
        var nameSegment = segments.Where((s, i) => described[i] is null).LastOrDefault(s => IsNameLike(s, lexicon));
        if (nameSegment is null)
        {
            return RoleOnly(cleaned, lexicon);
        }

        var role = string.Join(", ", segments.Select((s, i) => s == nameSegment ? null : described[i] ?? (HasRoleWord(s, lexicon) ? s : null)).OfType<string>());
        var (name, inlineRole) = SplitInlineRole(nameSegment, lexicon);
        role = string.Join(", ", new[] { inlineRole, role }.Where(r => !string.IsNullOrWhiteSpace(r)));
        return (name, role.Length > 0 ? StripArticle(role, lexicon) : null);
    }

    // What a relative clause says its name is: "som är USA:s sändebud" → "USA:s sändebud"; null for other segments.
    private static string? Description(string segment, LanguageLexicon lexicon)
    {
        var tokens = WordTokenizer.Tokenize(segment);
        if (tokens.Count < 2 || !lexicon.RelativePronouns.Contains(tokens[0].Text.ToLowerInvariant()))
        {
            return null;
        }

        var from = lexicon.Copulas.Contains(tokens[1].Text.ToLowerInvariant()) && tokens.Count > 2 ? 2 : 1;
        return segment[tokens[from].Start..].Trim();
    }

    // "Foreign Minister Sergey Lavrov": everything up to the last role word is the role, the capitalised rest the name.
    private (string Name, string? Role) SplitInlineRole(string segment, LanguageLexicon lexicon)
    {
        var tokens = WordTokenizer.Tokenize(segment);
        var lastRole = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsRoleWord(tokens[i].Text, lexicon))
            {
                lastRole = i;
            }
        }

        if (lastRole < 0)
        {
            return SplitAffiliation(segment, tokens, lexicon);
        }

        // "a spokesman for the UN": a role followed by a lower-case word describes someone without naming them.
        if (lastRole == tokens.Count - 1 || !tokens[lastRole + 1].IsCapitalized)
        {
            return (StripArticle(segment, lexicon), null);
        }

        var name = segment[tokens[lastRole + 1].Start..];
        var role = segment[..tokens[lastRole].End];
        return (name.Trim(), role.Trim());
    }

    // "J. Smith of the trade office", "J. Hansen fra Danmarks Fiskeriforening": the name ends at the first lower-case
    // function word (not a name particle like "de" or "von"); what follows is the person's affiliation.
    private (string Name, string? Role) SplitAffiliation(string segment, List<Token> tokens, LanguageLexicon lexicon)
    {
        var cut = tokens.FindIndex(1, t => !t.IsCapitalized && analyzer.IsStopWord(t.Text, lexicon.Language) && !EntityRecognizer.NameParticles.Contains(t.Text) && !AttributionFinder.Conjunctions.Contains(t.Text));
        var affiliation = cut > 0 ? tokens.FindIndex(cut, t => t.IsCapitalized) : -1;
        if (affiliation < 0 || tokens.Take(cut).Count(t => t.IsCapitalized) < 2)
        {
            return (StripArticle(segment, lexicon), null);
        }

        return (StripArticle(segment[..tokens[cut - 1].End], lexicon), segment[tokens[affiliation].Start..].Trim());
    }

    private (string Name, string? Role)? RoleOnly(string phrase, LanguageLexicon lexicon)
    {
        if (!HasRoleWord(phrase, lexicon) && gazetteer.Match(WordTokenizer.Tokenize(phrase), lexicon.Language).Count == 0)
        {
            return null;
        }

        return (StripArticle(phrase, lexicon), null);
    }

    private bool IsNameLike(string segment, LanguageLexicon lexicon)
    {
        var tokens = WordTokenizer.Tokenize(segment);
        if (tokens.Count == 0 || IsPronoun(segment, lexicon))
        {
            return false;
        }

        return tokens.Any(t => t.IsCapitalized && !analyzer.IsStopWord(t.Text, lexicon.Language) && !IsRoleWord(t.Text, lexicon)
            && !gazetteer.Match([t], lexicon.Language).Any(m => m.IsAdjective));
    }

    public static bool IsPronoun(string phrase, LanguageLexicon lexicon)
    {
        var lower = phrase.Trim().ToLowerInvariant();
        return lexicon.Pronouns.Singular.Contains(lower) || lexicon.Pronouns.Plural.Contains(lower)
            || lexicon.Pronouns.FirstPerson.Contains(lower) || lexicon.Pronouns.Impersonal.Contains(lower);
    }

    private static bool HasRoleWord(string text, LanguageLexicon lexicon) =>
        WordTokenizer.Tokenize(text).Any(t => IsRoleWord(t.Text, lexicon));

    /// <summary>True when a word is, or ends in, a role noun ("udenrigsminister" ends in "minister").</summary>
    public static bool IsRoleWord(string word, LanguageLexicon lexicon)
    {
        var lower = word.ToLowerInvariant();
        var forms = new[] { "erne", "ene", "en", "et", "er", "ne", "s", "e" }
            .Where(suffix => lower.Length > suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            .Select(suffix => lower[..^suffix.Length])
            .Prepend(lower);
        return forms.Any(form => lexicon.RoleWords.Any(r => form == r || (form.EndsWith(r, StringComparison.Ordinal) && form.Length > r.Length + 2)));
    }

    private string StripArticle(string text, LanguageLexicon lexicon)
    {
        var tokens = WordTokenizer.Tokenize(text);
        if (tokens.Count > 1 && analyzer.IsStopWord(tokens[0].Text, lexicon.Language) && !tokens[0].Text.EndsWith("'s", StringComparison.Ordinal))
        {
            return text[tokens[1].Start..].Trim();
        }

        return text.Trim();
    }
}
