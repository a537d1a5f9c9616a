using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// Decides whether two words (of the same or different languages) express the same concept: same stem, same name
/// key, shared compound part, shared wordnet synset or dictionary pivot (a translation or synonym), derivation
/// ("invite" / "invitation"), or a long shared prefix (cognates); and whether they express opposite ones.
/// </summary>
public sealed class WordAligner(ConceptLexicon concepts, OppositePredicates opposites, LexiconCatalog lexicons, DateNormalizer dates)
{
    private const int Senses = 8;
    private const int MinCognate = 6;
    private const int PhraseSenses = 2;

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

        var best = SharedConcept(Links(a, languageA), Links(b, languageB));
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
                if (part == whole.Stem || part == whole.ConceptKey || SharedConcept(Links(whole, wholeLanguage), concepts.ConceptsOf(part, partsLanguage)) > 0)
                {
                    return new WordMatch(MatchKind.Part, weights.Part);
                }
            }
        }

        // A name's hypernym is no match for it: "Cartagena" is a city, not every city.
        if (!IsPlainName(a) && !IsPlainName(b) && Related(a.ConceptKey, languageA, b.ConceptKey, languageB))
        {
            return new WordMatch(MatchKind.Related, weights.Related);
        }

        // Month names are a closed class the culture data translates ("December" ~ "desember" ~ "décembre").
        if (a.Kind != WordKind.Number && dates.MonthOf(a.Token.Text, languageA) is { } month && dates.MonthOf(b.Token.Text, languageB) == month)
        {
            return languageA == languageB ? new WordMatch(MatchKind.Synonym, weights.Synonym) : new WordMatch(MatchKind.Translation, weights.Translation);
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

    // A name is looked up as written (ConceptLexicon.ConceptsOfName), a word also through its inflection-trimmed stem.
    // At a sentence's start the capital tells nothing, so a "name" there keeps the word's reading ("Broen" ~ "bridge").
    // The concepts of the multi-word entry the word is part of (what the words mean there), then the word's own.
    private IReadOnlyList<ConceptLink> Links(AnalyzedWord word, string language)
    {
        var own = word.Kind == WordKind.Name && word.Index > 0 ? concepts.ConceptsOfName(word.ConceptKey, language) : concepts.ConceptsOf(word.ConceptKey, language);
        return word.PhraseConcepts.Count == 0 ? own : [.. word.PhraseConcepts.Take(PhraseSenses), .. own];
    }

    private static bool IsPlainName(AnalyzedWord word) => word.Kind == WordKind.Name && word.Index > 0;

    private static double SharedConcept(IReadOnlyList<ConceptLink> linksA, IReadOnlyList<ConceptLink> linksB)
    {
        var best = 0.0;
        foreach (var x in linksA.Take(Senses))
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
