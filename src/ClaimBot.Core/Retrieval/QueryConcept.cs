namespace ClaimBot.Core.Retrieval;

/// <summary>
/// One thing a query asks about (a content word, a name, an entity, a date, a number) and the index terms that express
/// it in every indexed language: its own stem, compound parts, translations and synonyms through shared concepts,
/// spelling-neutral name keys, cognates. A claim matches the concept by its best term (a structured query, so a word
/// with many translations counts once).
/// </summary>
/// <param name="Word">Index of the query word it stands for, or -1 (dates).</param>
public sealed record QueryConcept(string Surface, ConceptKind Kind, int Word, IReadOnlyList<WeightedTerm> Terms)
{
    /// <summary>Entities, names, dates and numbers: the specifics an answer must share.</summary>
    public bool IsSpecific => Kind is not ConceptKind.Word;
}
