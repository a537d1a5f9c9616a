namespace ClaimBot.Core.Retrieval;

/// <summary>
/// The forms a name may stand for when the text inflects it: the genitive -s of the Scandinavian languages and German
/// ("FNs generalsekretær", "Colombias president"; an acronym's "EUs" in any language) and the German place adjective in
/// -er ("Osloer Rathaus", "Genfer Gespräche"). Only a fallback for a query name the index does not hold as written: the
/// index decides whether the bare form is a name the sources use. Hand-written because no available package inflects
/// names (Snowball leaves capitalised words alone, and a name is no dictionary word).
/// </summary>
public static class NameForms
{
    private static readonly string[] GenitiveLanguages = ["da", "nb", "sv", "de"];
    private const int MinGenitive = 4;
    private const int MinAcronymGenitive = 3;
    private const int MinPlaceAdjectiveStem = 3;

    /// <summary>Whether <paramref name="word"/> may be a name in the genitive of a language that writes it with a bare -s ("Syriens", "Colombias").</summary>
    public static bool MayBeGenitive(string word, string language) =>
        GenitiveLanguages.Contains(language) && word.EndsWith('s') && (word.Length >= MinGenitive || IsAcronymGenitive(word));

    /// <summary>An acronym with the genitive -s ("FNs", "EUs"): capitals, then a lower-case s.</summary>
    public static bool IsAcronymGenitive(string word) =>
        word.Length >= MinAcronymGenitive && word[^1] == 's' && word[..^1].All(char.IsUpper);

    /// <summary>The uninflected stems <paramref name="stem"/> (the name as the index writes it) may stand for, most likely first.</summary>
    public static IReadOnlyList<string> Uninflected(string text, string stem, string language)
    {
        var forms = new List<string>();
        if (IsAcronymGenitive(text) || MayBeGenitive(stem, language))
        {
            forms.Add(stem[..^1]);
        }

        if (language == "de" && stem.EndsWith("er", StringComparison.Ordinal) && stem.Length - 2 >= MinPlaceAdjectiveStem)
        {
            forms.Add(stem[..^2]);
        }

        return forms;
    }
}
