namespace ClaimBot.Platforms.Discord;

/// <summary>One cited quote as shown in an embed field, grouped under its source; also the unit kept behind "Show all evidence".</summary>
/// <param name="Source">The source heading: title, or file name when there is no title.</param>
/// <param name="SourceDetail">Outlet, date and source language, when known.</param>
/// <param name="Note">A stance and reason for fact-checks, e.g. "Refutes: negation".</param>
public sealed record DiscordEvidenceItem(int N, string Source, string? SourceDetail, string Quote, string? Speaker, string? Note);
