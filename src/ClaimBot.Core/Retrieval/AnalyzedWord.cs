namespace ClaimBot.Core.Retrieval;

/// <summary>One word of a text as matching sees it.</summary>
/// <param name="Index">Position of the word in its text.</param>
/// <param name="Stem">Lower-cased, stemmed (Snowball) and folded form; names are folded only.</param>
/// <param name="Parts">Stems of the parts of a compound ("fredspris" → "fred", "pris"); empty otherwise.</param>
public sealed record AnalyzedWord(Token Token, int Index, string Stem, WordKind Kind, bool IsStopWord, IReadOnlyList<string> Parts)
{
    /// <summary>Content words and names carry meaning; stop words and one-letter words do not.</summary>
    public bool IsContent => !IsStopWord && Stem.Length > 1;

    /// <summary>
    /// The Snowball stem, which the concept lexicon is keyed by. The same as <see cref="Stem"/> for words; for a name,
    /// the stem of the word it may also be ("Minister" in "Fisheries Minister Ola Berg"), so it still meets "minister".
    /// </summary>
    public string Lemma { get; init; } = "";

    /// <summary>
    /// Concepts of a multi-word lexicon entry the word is part of ("sign language", "national anthem", "stock
    /// exchange"): what the phrase means as a whole, which another language often says in one word ("Gebärdensprache",
    /// "Nationalhymne", "børs"). Empty for most words.
    /// </summary>
    public IReadOnlyList<ConceptLink> PhraseConcepts { get; init; } = [];

    /// <summary>The key for concept lookups: the lemma when known, else the stem.</summary>
    public string ConceptKey => Lemma.Length > 0 ? Lemma : Stem;
}
