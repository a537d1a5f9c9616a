using System.Globalization;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Platforms.Chat;

/// <summary>The fixed words of a comparison reply in the comparison's language, from the per-language lexicon templates.</summary>
internal sealed class ComparisonWords(LexiconCatalog lexicons, string language)
{
    private const string ShowingKey = "compareShowing";

    // Used only until every lexicon carries "compareShowing" (the lead adds it to Core's lexicon files): a missing
    // template must not fail the whole reply, and English is what the other fixed words fall back to as well.
    private const string ShowingFallback = "Showing {0} of {1} claims.";

    /// <summary>"The sources agree".</summary>
    public string Agree => lexicons.For(language).Template("compareAgree");

    /// <summary>"The sources contradict each other".</summary>
    public string Contradict => lexicons.For(language).Template("compareContradict");

    /// <summary>"Only Reuters says".</summary>
    public string Only(string source) => Format(lexicons.For(language).Template("compareOnly"), source);

    /// <summary>"Showing 12 of 48 claims."</summary>
    public string Showing(int shown, int total)
    {
        var template = lexicons.For(language).Templates.GetValueOrDefault(ShowingKey)
            ?? lexicons.For("en").Templates.GetValueOrDefault(ShowingKey)
            ?? ShowingFallback;
        return Format(template, shown, total);
    }

    /// <summary>The name of a source's language in the comparison's language ("dansk"); empty when unknown.</summary>
    public string LanguageName(string code) =>
        string.IsNullOrWhiteSpace(code) || code == "und" ? string.Empty : lexicons.LanguageName(code, language);

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
