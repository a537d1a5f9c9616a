namespace ClaimBot.Core.Retrieval;

/// <summary>The candidates for a query, best first, and the normalisers the judge reads scores against.</summary>
/// <param name="ConceptIdf">Per query concept: the idf of its best term (the idf of a never-seen word when none is indexed).</param>
/// <param name="IdealSentence">The BM25 score of an average-length sentence that matched every concept exactly.</param>
public sealed record RetrievalResult(
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<double> ConceptIdf,
    double IdealSentence,
    double IdealDocument,
    double BestSentence,
    double BestDocument)
{
    public static RetrievalResult Empty { get; } = new([], [], 1, 1, 0, 0);
}
