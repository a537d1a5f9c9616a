using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Extraction;

/// <summary>The per-language lexicons (<c>Lexicons/languages/*.json</c>) and CLDR language names, loaded once at start.</summary>
public sealed class LexiconCatalog
{
    private readonly FrozenDictionary<string, LanguageLexicon> _lexicons;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _languageNames;

    public LexiconCatalog(IOptions<LexiconOptions> options)
    {
        var folder = Path.Combine(options.Value.Path, "languages");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Lexicon folder '{folder}' is missing (Lexicon:Path).");
        }

        var lexicons = new Dictionary<string, LanguageLexicon>(StringComparer.Ordinal);
        foreach (var language in TextAnalyzer.Languages)
        {
            var path = Path.Combine(folder, language + ".json");
            var lexicon = JsonSerializer.Deserialize<LanguageLexicon>(File.ReadAllText(path), JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"Lexicon '{path}' is empty.");
            lexicons[language] = lexicon;
        }

        _lexicons = lexicons.ToFrozenDictionary(StringComparer.Ordinal);
        var names = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(
            File.ReadAllText(Path.Combine(folder, "names.json")), JsonSerializerOptions.Web) ?? [];
        _languageNames = names.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The lexicon of a language; English for unsupported ones ("und").</summary>
    public LanguageLexicon For(string language) => _lexicons.GetValueOrDefault(language) ?? _lexicons["en"];

    /// <summary>All loaded lexicons.</summary>
    public IEnumerable<LanguageLexicon> All => _lexicons.Values;

    /// <summary>Month and weekday names of a language from .NET's culture data (CLDR via ICU).</summary>
    public static DateTimeFormatInfo DateNames(string language) =>
        CultureInfo.GetCultureInfo(language == "und" ? "en" : language).DateTimeFormat;

    /// <summary>The name of <paramref name="language"/> in <paramref name="inLanguage"/> (CLDR), e.g. "dansk", "Danish".</summary>
    public string LanguageName(string language, string inLanguage)
    {
        var table = _languageNames.GetValueOrDefault(inLanguage) ?? _languageNames["en"];
        return table.GetValueOrDefault(language) ?? table.GetValueOrDefault(language == "nb" ? "no" : language) ?? language;
    }
}
