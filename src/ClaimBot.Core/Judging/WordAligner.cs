using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// Decides whether two words (of the same or different languages) express the same concept: same stem, same name
/// key, shared compound part, shared wordnet synset or dictionary pivot (a translation or synonym), derivation
/// ("invite" / "invitation"), or a long shared prefix (cognates); and whether they express opposite ones.
/// </summary>
public sealed class WordAligner(ConceptLexicon concepts, OppositePredicates opposites, LexiconCatalog lexicons)
{
    private const int Senses = 8;
    private const int MinCognate = 6;

    public WordMatch Align(AnalyzedWord a, string languageA, AnalyzedWord b, string languageB, ExpansionWeights weights)
    {
        if (a.Stem == b.Stem)
        {
            return new WordMatch(MatchKind.Exact, 1);
        }

        if (a.Kind == WordKind.Number || b.Kind == WordKind.Number)
        {
            return WordMatch.None;
        }

        if (a.ConceptKey == b.ConceptKey)
        {
            return new WordMatch(MatchKind.Exact, weights.NameKey);
        }

        if ((a.Kind == WordKind.Name || b.Kind == WordKind.Name) && NameKey.Of(a.Stem) == NameKey.Of(b.Stem))
        {
            return new WordMatch(MatchKind.Name, weights.NameKey);
        }

        if (a.Parts.Contains(b.Stem) || b.Parts.Contains(a.Stem) || a.Parts.Intersect(b.Parts).Any())
        {
            return new WordMatch(MatchKind.Part, weights.Part);
        }

        // Reporting verbs ("said", "sagde", "sa", "sagte", "a déclaré") are irregular and rarely in the dictionaries;
        // the hand-written per-language lists name them, and any two of them report speech.
        if (IsReporting(a, languageA) && IsReporting(b, languageB))
        {
            return new WordMatch(languageA == languageB ? MatchKind.Synonym : MatchKind.Translation, languageA == languageB ? weights.Synonym : weights.Translation);
        }

        var best = SharedConcept(a.ConceptKey, languageA, b.ConceptKey, languageB);
        if (best > 0)
        {
            return languageA == languageB
                ? new WordMatch(MatchKind.Synonym, best * weights.Synonym)
                : new WordMatch(MatchKind.Translation, best * weights.Translation);
        }

        // A compound matches through its parts ("war" ~ "borger|krig|en", "speech" ~ "overrekkelses|tale").
        foreach (var (whole, parts, wholeLanguage, partsLanguage) in new[] { (a, b.Parts, languageA, languageB), (b, a.Parts, languageB, languageA) })
        {
            foreach (var part in parts)
            {
                if (part == whole.Stem || part == whole.ConceptKey || SharedConcept(whole.ConceptKey, wholeLanguage, part, partsLanguage) > 0)
                {
                    return new WordMatch(MatchKind.Part, weights.Part);
                }
            }
        }

        if (Related(a.ConceptKey, languageA, b.ConceptKey, languageB))
        {
            return new WordMatch(MatchKind.Related, weights.Related);
        }

        var shortest = Math.Min(a.Stem.Length, b.Stem.Length);
        if (shortest >= MinCognate && CommonPrefix(a.Stem, b.Stem) >= Math.Max(5, shortest - 2))
        {
            return new WordMatch(MatchKind.Cognate, weights.Cognate);
        }

        return WordMatch.None;
    }

    /// <summary>True when the words take opposite sides (WordNet antonyms, or the opposite-predicate pairs).</summary>
    public bool Oppose(AnalyzedWord a, string languageA, AnalyzedWord b, string languageB) =>
        a.Kind == WordKind.Word && b.Kind == WordKind.Word && a.Stem != b.Stem
        && opposites.Oppose(concepts.ConceptsOf(a.ConceptKey, languageA), concepts.ConceptsOf(b.ConceptKey, languageB));

    private bool IsReporting(AnalyzedWord word, string language) =>
        lexicons.For(language).ReportingVerbs.Contains(word.Token.Text.ToLowerInvariant())
        || lexicons.For(language).ReportingVerbs.Contains(word.Stem);

    private double SharedConcept(string a, string languageA, string b, string languageB)
    {
        var best = 0.0;
        var linksB = concepts.ConceptsOf(b, languageB);
        foreach (var x in concepts.ConceptsOf(a, languageA).Take(Senses))
        {
            foreach (var y in linksB.Take(Senses))
            {
                if (x.Concept == y.Concept)
                {
                    best = Math.Max(best, x.Weight * y.Weight);
                }
            }
        }

        return best;
    }

    private bool Related(string a, string languageA, string b, string languageB)
    {
        var linksB = concepts.ConceptsOf(b, languageB).Take(Senses).Select(l => l.Concept).ToHashSet();
        return linksB.Count > 0 && concepts.ConceptsOf(a, languageA).Take(Senses).Any(x => concepts.Related(x.Concept).Any(linksB.Contains));
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
