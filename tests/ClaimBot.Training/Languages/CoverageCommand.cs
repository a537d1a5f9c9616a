using System.Globalization;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;
using ClaimBot.Training.Suites;
using Microsoft.Extensions.Options;

namespace ClaimBot.Training.Languages;

/// <summary>
/// <c>coverage</c>: per language, the share of the content words of the suites' sources (names and numbers aside) that
/// the concept lexicon links to a concept, and the most frequent words it does not know: where cross-lingual matching
/// has nothing to go on.
/// </summary>
public static class CoverageCommand
{
    public static int Run(string evalDir, string seedsDir)
    {
        var options = Options.Create(new LexiconOptions());
        var analyzer = new TextAnalyzer(options);
        var lexicons = new LexiconCatalog(options);
        var concepts = new ConceptLexicon(analyzer, options);
        var words = new WordAnalyzer(analyzer, concepts);
        var detector = new LanguageDetector(analyzer, lexicons);
        var counts = new Dictionary<string, (int Known, int Total, Dictionary<string, int> Missing)>();
        foreach (var suite in Suite.All(evalDir, seedsDir))
        {
            foreach (var file in Directory.EnumerateFiles(suite.SourcesPath).Take(200))
            {
                var text = File.ReadAllText(file);
                var language = detector.Detect(text);
                if (language == "und")
                {
                    continue;
                }

                var (known, total, missing) = counts.GetValueOrDefault(language, (0, 0, new Dictionary<string, int>()));
                foreach (var word in words.Analyze(text, language).Where(w => w.IsContent && w.Kind == WordKind.Word))
                {
                    total++;
                    if (concepts.Knows(word.Stem, language) || word.Parts.Count > 0)
                    {
                        known++;
                    }
                    else
                    {
                        missing[word.Token.Text.ToLowerInvariant()] = missing.GetValueOrDefault(word.Token.Text.ToLowerInvariant()) + 1;
                    }
                }

                counts[language] = (known, total, missing);
            }
        }

        foreach (var (language, (known, total, missing)) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var top = string.Join(", ", missing.OrderByDescending(p => p.Value).Take(15).Select(p => p.Key));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: {100.0 * known / Math.Max(1, total):0.0}% of {total} content words linked; most frequent unlinked: {top}"));
        }

        return 0;
    }
}
