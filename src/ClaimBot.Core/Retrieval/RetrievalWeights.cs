namespace ClaimBot.Core.Retrieval;

/// <summary>BM25 parameters and how much the document-level score adds to a sentence's (a claim inherits its source's topic).</summary>
public sealed record RetrievalWeights
{
    public double K1 { get; init; } = 1.2;
    public double B { get; init; } = 0.75;
    public double DocumentWeight { get; init; } = 0.5;

    /// <summary>Candidates handed to the judge.</summary>
    public int Candidates { get; init; } = 40;

    public ExpansionWeights Expansion { get; init; } = new();
}
