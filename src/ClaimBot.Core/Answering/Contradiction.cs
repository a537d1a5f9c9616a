namespace ClaimBot.Core.Answering;

/// <summary>Two claims that contradict each other, and why (negation, different date or number, opposite stance, different actor).</summary>
public sealed record Contradiction(string A, string B, string Why);
