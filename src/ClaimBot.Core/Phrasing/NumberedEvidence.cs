namespace ClaimBot.Core.Phrasing;

/// <summary>One piece of evidence the phrasing may cite as [N]; the only facts a reply may state.</summary>
/// <param name="Language">The evidence's own language (the source's), which may differ from the reply language.</param>
public sealed record NumberedEvidence(int N, string Text, string? Speaker, string Language, string? SourceTitle);
