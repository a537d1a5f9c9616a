namespace ClaimBot.Core.Reloading;

/// <summary>A file that was not ingested, and why (one line, names the problem).</summary>
public sealed record SkippedSource(string File, string Reason);
