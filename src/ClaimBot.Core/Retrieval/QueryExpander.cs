namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Expands a query word into the index terms that express it in every language the index holds: through shared
/// concepts (wordnet synsets, dictionary pivots) to translations and synonyms, through compound parts, and, for long
/// words no dictionary links, through cognate prefixes ("konferencen" ~ "konferenz"). Only terms the index contains
/// are kept, best first, so the query stays short.
/// </summary>
public sealed class QueryExpander(ConceptLexicon concepts)
{
    public IReadOnlyList<WeightedTerm> Expand(AnalyzedWord word, string language, ClaimIndex index, ExpansionWeights weights)
    {
        var terms = new Dictionary<string, WeightedTerm>(StringComparer.Ordinal);
        void Add(string term, double weight, MatchKind kind)
        {
            if (index.TermId(term) >= 0 && (!terms.TryGetValue(term, out var existing) || existing.Weight < weight))
            {
                terms[term] = new WeightedTerm(term, weight, kind);
            }
        }

        switch (word.Kind)
        {
            case WordKind.Number:
                Add(SearchTerms.Number(word.Stem), 1, MatchKind.Number);
                break;
            case WordKind.Name:
                Add(word.Stem, 1, MatchKind.Exact);
                Add(NameKey.Prefix + NameKey.Of(word.Stem), weights.NameKey, MatchKind.Name);
                Add(word.Lemma, weights.NameKey, MatchKind.Exact);
                foreach (var part in word.Parts)
                {
                    Add(part, weights.Part, MatchKind.Part);
                }

                // A capitalised word may still be a word in another language ("Kongress" ~ "congress").
                AddTranslations(word, language, index, weights, Add);
                if (terms.Count == 0)
                {
                    foreach (var bare in NameForms.Uninflected(word.Token.Text, word.Stem, language))
                    {
                        Add(bare, weights.NameKey, MatchKind.Name);
                        Add(NameKey.Prefix + NameKey.Of(bare), weights.NameKey, MatchKind.Name);
                    }
                }

                break;
            default:
                Add(word.Stem, 1, MatchKind.Exact);
                foreach (var part in word.Parts)
                {
                    Add(part, weights.Part, MatchKind.Part);
                }

                AddTranslations(word, language, index, weights, Add);
                break;
        }

        if (word.Kind != WordKind.Number && word.Stem.Length >= weights.CognateMinLength && terms.Count < 2 && word.Stem.All(char.IsLetter))
        {
            foreach (var term in index.TermsStartingWith(word.Stem[..Math.Max(5, word.Stem.Length - 3)], weights.PerLanguage))
            {
                Add(term, weights.Cognate, MatchKind.Cognate);
            }
        }

        return terms.Values.OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
    }

    private void AddStems(Dictionary<string, double> found, string stem, int concept, double strength, string target, ClaimIndex index)
    {
        foreach (var other in concepts.StemsOf(concept, target))
        {
            if (other == stem)
            {
                continue;
            }

            var back = concepts.ConceptsOf(other, target).FirstOrDefault(l => l.Concept == concept).Weight;
            var weight = strength * Math.Max(back, 0.5);
            // The index holds the text's stems, which may keep an inflection the lemma's stem lacks ("dræb" → "dræbt").
            foreach (var term in index.TermId(other) >= 0 ? [other] : InflectedInIndex(other, index))
            {
                found[term] = Math.Max(found.GetValueOrDefault(term), weight);
            }
        }
    }

    private static IEnumerable<string> InflectedInIndex(string stem, ClaimIndex index) =>
        stem.Length < 4 ? [] : index.TermsStartingWith(stem, 3).Where(t => t.Length - stem.Length is > 0 and <= 2 && t.All(char.IsLetter));

    private void AddTranslations(AnalyzedWord word, string language, ClaimIndex index, ExpansionWeights weights, Action<string, double, MatchKind> add)
    {
        var stems = word.Parts.Count > 0 && !concepts.Knows(word.ConceptKey, language) ? word.Parts : [word.ConceptKey];
        foreach (var stem in stems)
        {
            // A name mid-sentence is looked up as written; at the sentence's start it may be a word (WordAligner.Links).
            var isName = word.Kind == WordKind.Name && word.Index > 0;
            // The multi-word entry the word is part of ("sign language" -> "Gebärdensprache") is expanded on its own, so
            // the word's many senses do not crowd out what the phrase means, also when one of those senses is the phrase's.
            var phrase = word.PhraseConcepts.Take(weights.Senses).ToList();
            var links = (isName ? concepts.ConceptsOfName(stem, language) : concepts.ConceptsOf(stem, language))
                .Where(l => phrase.All(p => p.Concept != l.Concept)).Take(weights.Senses).ToList();
            foreach (var target in index.Languages)
            {
                var same = target == language;
                foreach (var set in phrase.Count == 0 ? [links] : new[] { links, phrase })
                {
                    var found = new Dictionary<string, double>(StringComparer.Ordinal);
                    foreach (var link in set)
                    {
                        var strength = (same ? weights.Synonym : weights.Translation) * (stems.Count > 1 ? weights.Part : 1);
                        AddStems(found, stem, link.Concept, link.Weight * strength, target, index);
                        foreach (var related in isName || set == phrase ? [] : concepts.Related(link.Concept))
                        {
                            AddStems(found, stem, related, link.Weight * weights.Related * (stems.Count > 1 ? weights.Part : 1), target, index);
                        }
                    }

                    foreach (var (other, weight) in found.OrderByDescending(p => p.Value).Take(weights.PerLanguage))
                    {
                        add(other, weight, same ? MatchKind.Synonym : MatchKind.Translation);
                    }
                }
            }
        }
    }
}
