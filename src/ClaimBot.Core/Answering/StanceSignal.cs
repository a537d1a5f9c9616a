namespace ClaimBot.Core.Answering;

/// <summary>How a claim bears on a statement, and the machine-readable reason.</summary>
public sealed record StanceSignal(Stance Stance, string Why);
