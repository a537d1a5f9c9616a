namespace ClaimBot.Core.Answering;

/// <summary>A verdict on a statement against the sources.</summary>
/// <param name="Reason">One line, e.g. "Zarif: 'We have not invited them'".</param>
/// <param name="Text">The phrased reply in the statement's language, with [N] markers into <paramref name="Evidence"/>.</param>
public sealed record FactCheck(
    string Statement,
    string Language,
    VerdictKind Verdict,
    string Reason,
    string Text,
    IReadOnlyList<Evidence> Evidence);
