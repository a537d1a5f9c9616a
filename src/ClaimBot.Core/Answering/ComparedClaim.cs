using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Answering;

/// <summary>A claim as listed under its source in a comparison.</summary>
public sealed record ComparedClaim(int N, string ClaimId, string Text, Speaker? Speaker);
