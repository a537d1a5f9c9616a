namespace ClaimBot.Core.Phrasing;

/// <summary>A sentence of the deterministic reply and the evidence numbers it cites.</summary>
public sealed record DraftSentence(string Text, IReadOnlyList<int> Citations);
