namespace ClaimBot.Core.Answering;

/// <summary>Outcome of a fact-check.</summary>
public enum VerdictKind
{
    NotEnoughInfo,
    Supported,
    Refuted,
    Conflicting,
}
