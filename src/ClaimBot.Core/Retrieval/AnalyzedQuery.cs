using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Retrieval;

/// <summary>A question, statement or topic as the engine understands it.</summary>
/// <param name="ExpectedEntityType">"country", "agency", "city", "organisation" or "person" when the question names the kind of answer ("which countries").</param>
/// <param name="Speaker">For statements like "Lavrov said …": the name of the speaker the sources must attribute it to.</param>
/// <param name="Negated">The text itself is negated ("Iran has not invited …").</param>
public sealed record AnalyzedQuery(
    string Text,
    string Language,
    QuestionType Type,
    string? ExpectedEntityType,
    IReadOnlyList<Concept> Concepts,
    string? Speaker,
    bool Negated,
    IReadOnlyList<PartialDate> Dates,
    IReadOnlyList<string> Numbers,
    IReadOnlyList<string> EntityIds)
{
    /// <summary>Terms sent to the store's index (related terms only score).</summary>
    public IEnumerable<string> SearchTerms => Concepts.SelectMany(c => c.AllTerms).Distinct(StringComparer.Ordinal);
}
