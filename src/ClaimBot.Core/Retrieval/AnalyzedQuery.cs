using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Retrieval;

/// <summary>A question, statement or topic as the engine understands it.</summary>
/// <param name="Words">The analysed words; <paramref name="Skipped"/> marks question words and, in attributed statements, the reporting verb.</param>
/// <param name="Concepts">What to match, each expanded into the indexed languages.</param>
/// <param name="Speaker">For statements like "Lavrov said …": the speaker the sources must attribute it to.</param>
/// <param name="Negated">The text itself is negated ("Iran has not invited …").</param>
public sealed record AnalyzedQuery(
    string Text,
    string Language,
    QueryKind Kind,
    QuestionType Type,
    AnswerKind Expected,
    IReadOnlyList<AnalyzedWord> Words,
    IReadOnlyList<bool> Skipped,
    IReadOnlyList<QueryConcept> Concepts,
    string? Speaker,
    bool Negated,
    bool Hedged,
    IReadOnlyList<PartialDate> Dates,
    IReadOnlyList<string> Numbers,
    IReadOnlyList<string> EntityIds)
{
    /// <summary>The index terms of the speaker's name: they bring the speaker's claims into the candidates, and score nothing.</summary>
    public IReadOnlyList<WeightedTerm> SpeakerTerms { get; init; } = [];

    /// <summary>The gazetteer entities the speaker is named by ("FNs generalsekretær" → the UN), as claims' speakers are described.</summary>
    public IReadOnlyList<string> SpeakerEntityIds { get; init; } = [];

    /// <summary>Word indexes of the places the query names after a locative preposition ("signed in Cartagena").</summary>
    public IReadOnlySet<int> Places { get; init; } = new HashSet<int>();

    /// <summary>How each of <see cref="Numbers"/> is meant ("about 200,000"); a number not listed is meant exactly.</summary>
    public IReadOnlyDictionary<string, NumberBound> NumberBounds { get; init; } = new Dictionary<string, NumberBound>();

    public NumberBound BoundOf(string number) => NumberBounds.GetValueOrDefault(number, NumberBound.Exactly);
}
