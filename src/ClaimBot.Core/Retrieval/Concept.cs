namespace ClaimBot.Core.Retrieval;

/// <summary>
/// One thing a query asks about (a content word, an entity, a name, a date, a number) and every term that expresses it:
/// own-language stem, English pivot stems, compound parts, cognate prefix; plus antonym terms for contradiction checks.
/// </summary>
/// <param name="Strong">Terms that match it fully (stem, entity id, date, number).</param>
/// <param name="Weak">Terms that match it partly (pivot stems, compound parts, prefix).</param>
/// <param name="Antonyms">Pivot terms of words with the opposite meaning.</param>
public sealed record Concept(string Surface, ConceptKind Kind, IReadOnlySet<string> Strong, IReadOnlySet<string> Weak, IReadOnlySet<string> Antonyms)
{
    /// <summary>Terms that only score, never search (synonyms, the "attributed" marker): they would widen the index query too much.</summary>
    public IReadOnlySet<string> Related { get; init; } = new HashSet<string>();

    public bool IsSpecific => Kind is not ConceptKind.Word;

    /// <summary>1 for a strong match, 0.8 for a weak one, 0.6 for a related one, 0 otherwise.</summary>
    public double MatchIn(IReadOnlySet<string> terms)
    {
        if (Strong.Any(terms.Contains))
        {
            return 1.0;
        }

        if (Weak.Any(terms.Contains))
        {
            return 0.8;
        }

        return Related.Any(terms.Contains) ? 0.6 : 0;
    }

    public bool OppositeIn(IReadOnlySet<string> terms) => Antonyms.Any(terms.Contains);

    public IEnumerable<string> AllTerms => Strong.Concat(Weak);
}
