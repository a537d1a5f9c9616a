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
    private const int MinBare = 2;
    private const int MinPlaceAdjectiveStem = 3;

    /// <summary>The uninflected stems <paramref name="stem"/> (the name as the index writes it) may stand for, most likely first.</summary>
    public static IReadOnlyList<string> Uninflected(string text, string stem, string language)
    {
        var forms = new List<string>();
        var acronymGenitive = text.Length >= MinBare + 1 && text[^1] == 's' && text[..^1].All(char.IsUpper);
        if (stem.EndsWith('s') && stem.Length - 1 >= MinBare && (acronymGenitive || (GenitiveLanguages.Contains(language) && stem.Length - 1 > MinBare)))
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
