namespace ClaimBot.Core.Reloading;

/// <summary>The outcome of one reload (or ingest).</summary>
/// <param name="Generation">The generation serving after the reload (the previous one when it failed or changed nothing).</param>
/// <param name="Error">Why the whole reload failed; per-file problems are in <paramref name="Skipped"/> instead.</param>
public sealed record ReloadResult(
    bool Succeeded,
    long? Generation,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<SkippedSource> Skipped,
    int ClaimsBefore,
    int ClaimsAfter,
    TimeSpan Duration,
    string? Error = null);
