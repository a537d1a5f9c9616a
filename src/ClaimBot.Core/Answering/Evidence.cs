using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Answering;

/// <summary>A claim used as evidence for or against a statement, with why.</summary>
/// <param name="N">Citation number used in the reason and reply text.</param>
/// <param name="Why">The judge's reason, rendered in the statement's language.</param>
public sealed record Evidence(
    int N,
    Stance Stance,
    string ClaimId,
    string Quote,
    Speaker? Speaker,
    SourceRef Source,
    string Why)
{
    /// <summary>The judge's reason code behind <see cref="Why"/>.</summary>
    public ReasonCode Reason { get; init; } = ReasonCode.Related;

    /// <summary>P(supports) or P(refutes) for the claim's stance, P(relevant) for related evidence.</summary>
    public double Score { get; init; }
}
