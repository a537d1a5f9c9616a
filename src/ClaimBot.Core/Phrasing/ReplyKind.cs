namespace ClaimBot.Core.Phrasing;

/// <summary>The kind of reply being phrased; one prompt function each.</summary>
public enum ReplyKind
{
    Answer,
    Verdict,
    Comparison,
}
