using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Answering;

/// <summary>A numbered citation: answer sentences carry "[N]" markers that point here.</summary>
/// <param name="Quote">The exact source sentence (the claim text).</param>
public sealed record Citation(int N, string ClaimId, string Quote, Speaker? Speaker, SourceRef Source);
