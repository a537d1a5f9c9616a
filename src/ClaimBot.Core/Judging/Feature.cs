namespace ClaimBot.Core.Judging;

/// <summary>
/// The judge's features for a (query, claim) pair, every one language-neutral (computed over concepts, not words), so
/// one learned model serves every language. Names are the keys of <c>engine-model.json</c>.
/// </summary>
public enum Feature
{
    /// <summary>Sentence BM25 over the ideal score (every concept matched exactly).</summary>
    SentenceBm25,

    /// <summary>Source-document BM25 over its ideal.</summary>
    DocumentBm25,

    /// <summary>Sentence BM25 over the best candidate's.</summary>
    SentenceShare,

    /// <summary>Document BM25 over the best document's.</summary>
    DocumentShare,

    /// <summary>IDF-weighted share of the query's concepts the sentence expresses (by match strength).</summary>
    Coverage,

    /// <summary>IDF-weighted share found only in the context (the previous sentence, the source's title and lead): what the claim inherits.</summary>
    ContextGain,

    /// <summary>IDF-weighted share expressed by exact stems, names, entities, numbers and dates only.</summary>
    ExactCoverage,

    /// <summary>
    /// IDF-weighted share the sentence expresses by any firm match (exact, name, translation, synonym, compound part;
    /// not merely related or look-alike), whatever its strength: a sentence translated word for word covers all of it.
    /// </summary>
    AlignedCoverage,

    /// <summary>Share of the query's names, entities, numbers and dates found in the sentence or its context (1 when there are none).</summary>
    SpecificCoverage,

    /// <summary>Specifics found nowhere in the sentence or its context (count, at most 3).</summary>
    SpecificMissing,

    /// <summary>IDF mass of query concepts found nowhere, over 10.</summary>
    UnalignedIdf,

    /// <summary>The largest idf of a query concept found nowhere, over 10 (one rare unmatched word is new information).</summary>
    MaxUnalignedIdf,

    /// <summary>IDF-weighted share of the query's content words (not names, numbers or dates) the sentence expresses: the predicate.</summary>
    WordCoverage,

    /// <summary>Share of pairs of matched query concepts that the sentence states in the same order (who does what to whom, roughly).</summary>
    OrderAgreement,

    /// <summary>A name or entity of the query is missing from the sentence, which names others the query does not (another place, person, organisation).</summary>
    NameConflict,

    /// <summary>The query states a number the claim does not, while the claim states others.</summary>
    NumberConflict,

    /// <summary>The query's dates and the claim's do not overlap.</summary>
    DateConflict,

    /// <summary>
    /// The query names the place of its event ("signed in Cartagena"), the sentence does not, and it names another place
    /// after a locative preposition ("signed … in Bogota").
    /// </summary>
    PlaceConflict,

    /// <summary>One side is negated near the matched words and the other is not.</summary>
    NegationMismatch,

    /// <summary>A query predicate meets its opposite in the claim (antonym or opposite stance).</summary>
    Opposition,

    /// <summary>The claim's actor (before the matched predicate, or the speaker for "we") differs from the query's.</summary>
    ActorMismatch,

    /// <summary>The claim's actor is the query's.</summary>
    ActorMatch,

    /// <summary>The claim is hedged ("may", "reportedly") just before the matched words while the query is not.</summary>
    HedgeMismatch,

    /// <summary>The claim is attributed to a speaker (a quote or reported speech).</summary>
    Attributed,

    /// <summary>The query names a speaker and the claim is attributed to someone else.</summary>
    SpeakerMismatch,

    /// <summary>The sentence holds a phrase of the kind the question asks for (a name for "who", a date for "when", …) that the question does not.</summary>
    AnswerType,

    /// <summary>Share of the claim's content words the query does not contain (an answer adds something).</summary>
    Novelty,

    /// <summary>The claim is in another language than the query (matches then go through translations, which express less).</summary>
    CrossLingual,

    /// <summary>The claim is the title or the first sentence of its source.</summary>
    Lead,

    /// <summary>log(1 + content words) / 3.</summary>
    Length,

    NameConflictTimesCoverage,
    NegationTimesCoverage,
    OppositionTimesCoverage,
    NumberConflictTimesCoverage,
    DateConflictTimesCoverage,
    ActorMismatchTimesCoverage,
    PlaceConflictTimesCoverage,
}
