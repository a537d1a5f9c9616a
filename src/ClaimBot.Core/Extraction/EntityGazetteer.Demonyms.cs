namespace ClaimBot.Core.Extraction;

/// <summary>Demonym matching: adjectives of country names the gazetteer does not list.</summary>
public sealed partial class EntityGazetteer
{
    // CLDR has no demonyms and the gazetteer lists few: "Chilean", "chilensk", "kenyanske" reach their country when the
    // word is the country's name (or the name less a final vowel) plus a demonym ending.
    private static readonly string[] DemonymEndings = ["ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "i", "nsk", "nske", "isk", "iske", "ske", "sk", "ische", "ischen", "isch", "ien", "ienne", "ais", "aise", "ska", "iska"];

    private Surface? LookupDemonym(string word, string language)
    {
        if (word.Length < 6)
        {
            return null;
        }

        var lower = Key(word);
        foreach (var ending in DemonymEndings.Where(e => lower.EndsWith(e, StringComparison.Ordinal)))
        {
            var stem = lower[..^ending.Length];
            foreach (var candidate in new[] { stem, stem + "a", stem + "e", stem + "o" })
            {
                if (candidate.Length >= 4 && _surfaces.TryGetValue(candidate, out var list)
                    && list.FirstOrDefault(s => s.Entry.Type == "country" && !s.IsAdjective && s.Languages.Contains(language) || s.Languages.Contains("en")) is { } hit
                    && hit.Entry.Type == "country")
                {
                    return hit with { IsAdjective = true };
                }
            }
        }

        return null;
    }

    // French elision: "l'ONU", "d'Iran", "qu'Israël" name the entity after the apostrophe.
    private static string StripElision(string word, string language)
    {
        if (language != "fr")
        {
            return word;
        }

        var apostrophe = word.IndexOfAny(['\'', '’']);
        var particle = apostrophe > 0 ? word[..apostrophe].ToLowerInvariant() : "";
        return particle is "l" or "d" or "qu" or "jusqu" or "lorsqu" or "puisqu" && apostrophe + 1 < word.Length && char.IsUpper(word[apostrophe + 1])
            ? word[(apostrophe + 1)..]
            : word;
    }
}
