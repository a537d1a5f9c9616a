namespace ClaimBot.Platforms.Slack;

/// <summary>One cited source sentence as shown in Slack; kept as reply state behind the "Show all evidence" button.</summary>
/// <param name="Note">For fact-checks: the stance and why ("Refutes: negation").</param>
public sealed record SlackEvidenceItem(
    int N,
    string Quote,
    string? Speaker,
    string? Title,
    string? Outlet,
    string? Date,
    string? Language,
    string? Note = null);
