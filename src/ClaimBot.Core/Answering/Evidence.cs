using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Answering;

/// <summary>A claim used as evidence for or against a statement, with why.</summary>
/// <param name="N">Citation number used in the reason and reply text.</param>
/// <param name="Why">Machine-made reason, e.g. "negation", "different date: 2011-03 vs 2012-03".</param>
public sealed record Evidence(
    int N,
    Stance Stance,
    string ClaimId,
    string Quote,
    Speaker? Speaker,
    SourceRef Source,
    string Why);
