using ClaimBot.Core.Retrieval;
using Lingua;

namespace ClaimBot.Core.Documents;

/// <summary>
/// Detects the language of a document or a short question with Lingua (SearchPioneer.Lingua: character n-gram models,
/// accurate on short text), restricted to the supported languages; Nynorsk counts as Norwegian ("nb"). Measured against
/// the function-word count used before on every question and document of the development suites:
/// see <c>tests/ClaimBot.Core.Tests/Documents/LanguageDetectorTests.cs</c> and README ("Language detection").
/// </summary>
public sealed class LanguageDetector
{
    private const int MaxChars = 4000;

    private static readonly Dictionary<Language, string> Codes = new()
    {
        [Language.English] = "en", [Language.Danish] = "da", [Language.Bokmal] = "nb", [Language.Nynorsk] = "nb",
        [Language.Swedish] = "sv", [Language.German] = "de", [Language.French] = "fr",
    };

    private readonly Lazy<Lingua.LanguageDetector> _detector = new(() =>
        LanguageDetectorBuilder.FromLanguages([.. Codes.Keys])
            .WithLanguageModelsDirectory(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"))
            .Build());

    /// <summary>ISO 639-1 code of a document's language, or "und" when it has no letters to go by.</summary>
    public string Detect(string text) => DetectCore(text.Length > MaxChars ? text[..MaxChars] : text);

    /// <summary>The language of a question, statement or topic (same models; short texts are what Lingua is built for).</summary>
    public string DetectQuery(string text) => DetectCore(text);

    private string DetectCore(string text)
    {
        if (!WordTokenizer.Tokenize(text).Any(t => t.Text.Any(char.IsLetter)))
        {
            return "und";
        }

        var language = _detector.Value.DetectLanguageOf(text);
        return Codes.TryGetValue(language, out var code) ? code : "und";
    }
}
