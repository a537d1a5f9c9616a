namespace ClaimBot.Core.Documents;

/// <summary>A stored source without its text, as listed by <c>claimbot sources</c>.</summary>
public sealed record SourceSummary(
    string Id,
    string File,
    string? Title,
    string? Date,
    string Language,
    string? Url,
    string? Outlet,
    string ContentHash,
    int ClaimCount);
