using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Answering;

/// <summary>Two claims of different sources about the same fact that contradict each other, and why, in the reply's language.</summary>
public sealed record Contradiction(string A, string B, string Why)
{
    /// <summary>The id of the fact both are about ("g1", …), shared with the agreement it belongs to, if any.</summary>
    public string Group { get; init; } = "";

    public ReasonCode Reason { get; init; } = ReasonCode.Opposite;
}
