namespace ClaimBot.Core.Answering;

/// <summary>What different sources say about a topic.</summary>
/// <param name="Unique">Claim ids of points only one source makes.</param>
/// <param name="Text">The phrased summary in the topic's language, with [N] markers into the compared claims.</param>
public sealed record Comparison(
    string Topic,
    string Language,
    IReadOnlyList<SourceClaims> Sources,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<string> Unique,
    string Text);
