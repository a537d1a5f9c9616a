using System.Globalization;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;
using ClaimBot.Training.Suites;
using Microsoft.Extensions.Options;

namespace ClaimBot.Training.Languages;

/// <summary>
/// <c>languages</c>: accuracy of the language detector (Lingua) against the function-word count it replaced, on every
/// question and statement of the suites whose language is known, and on their source documents.
/// </summary>
public static class LanguagesCommand
{
    private static readonly Dictionary<string, string> SuiteLanguage = new()
    {
        ["xquad-en-en"] = "en", ["xquad-en-de"] = "en", ["xquad-de-de"] = "de", ["norquad"] = "nb", ["squad-sv"] = "sv",
        ["rte-dev"] = "en", ["climate-fever"] = "en", ["swenli"] = "sv",
    };

    private static readonly Dictionary<string, string> SourceLanguage = new()
    {
        ["xquad-en-en"] = "en", ["xquad-en-de"] = "de", ["xquad-de-de"] = "de", ["norquad"] = "nb", ["squad-sv"] = "sv",
        ["rte-dev"] = "en", ["climate-fever"] = "en", ["swenli"] = "sv",
    };

    public static int Run(string evalDir)
    {
        var options = Options.Create(new LexiconOptions());
        var analyzer = new TextAnalyzer(options);
        var lexicons = new LexiconCatalog(options);
        var lingua = new LanguageDetector(analyzer, lexicons);
        var old = new FunctionWordDetector(analyzer, lexicons);
        Console.WriteLine("suite           texts   lingua   function words");
        foreach (var suite in Suite.All(evalDir, "seeds").Where(s => SuiteLanguage.ContainsKey(s.Name)))
        {
            var texts = EvalFile.Load(suite.EvalPath).Items.Select(i => i.Text).ToList();
            var likely = new HashSet<string> { SourceLanguage[suite.Name] };
            Print(suite.Name + " (queries)", texts, SuiteLanguage[suite.Name], t => lingua.DetectQuery(t, likely), old.Detect);
            var documents = Directory.EnumerateFiles(suite.SourcesPath).Take(300).Select(File.ReadAllText).ToList();
            Print(suite.Name + " (sources)", documents, SourceLanguage[suite.Name], lingua.Detect, old.Detect);
        }

        return 0;
    }

    private static void Print(string name, List<string> texts, string language, Func<string, string> lingua, Func<string, string> old)
    {
        var a = texts.Count(t => lingua(t) == language);
        var b = texts.Count(t => old(t) == language);
        var wrong = texts.Where(t => lingua(t) != language).GroupBy(lingua).Select(g => $"{g.Key} {g.Count()}");
        var sample = texts.Where(t => lingua(t) != language).Take(3).Select(t => t.Length > 60 ? t[..60] : t);
        Console.Error.WriteLine($"  {name}: lingua errors {string.Join(", ", wrong)}: {string.Join(" | ", sample)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-26} {texts.Count,5}   {100.0 * a / texts.Count,5:0.0}%   {100.0 * b / texts.Count,5:0.0}%"));
    }
}
