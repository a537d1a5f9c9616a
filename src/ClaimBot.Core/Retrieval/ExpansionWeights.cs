namespace ClaimBot.Core.Retrieval;

/// <summary>
/// How much an expansion term counts against an exact match, and how many each word may bring. Tuned with the
/// training command on the train halves of the QA suites (see <c>Judging/engine-model.json</c>).
/// </summary>
public sealed record ExpansionWeights
{
    public double Part { get; init; } = 0.6;
    public double Translation { get; init; } = 0.9;
    public double Synonym { get; init; } = 0.5;
    public double NameKey { get; init; } = 0.9;
    public double Cognate { get; init; } = 0.5;

    /// <summary>A word linked by WordNet derivation or a direct hypernym ("guns" ~ "weapons", "invite" ~ "invitation").</summary>
    public double Related { get; init; } = 0.4;

    /// <summary>Senses of a query word that are followed (most central first).</summary>
    public int Senses { get; init; } = 4;

    /// <summary>Terms per word and target language.</summary>
    public int PerLanguage { get; init; } = 6;

    /// <summary>Shortest stem a cognate prefix is taken from.</summary>
    public int CognateMinLength { get; init; } = 7;
}
