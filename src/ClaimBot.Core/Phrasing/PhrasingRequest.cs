namespace ClaimBot.Core.Phrasing;

/// <summary>Everything the phrasing layer gets: the user's input, the selected evidence and the engine's deterministic draft.</summary>
/// <param name="Input">The question, statement or topic as the user wrote it.</param>
/// <param name="Language">The reply language (the input's language).</param>
/// <param name="Verdict">For <see cref="ReplyKind.Verdict"/>: "supported", "refuted", "not_enough_info" or "conflicting".</param>
public sealed record PhrasingRequest(
    ReplyKind Kind,
    string Input,
    string Language,
    IReadOnlyList<NumberedEvidence> Evidence,
    IReadOnlyList<DraftSentence> Draft,
    string? Verdict = null);
