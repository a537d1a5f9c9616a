namespace ClaimBot.Core.Reloading;

/// <summary>Progress of a running reload: sources done of total.</summary>
public sealed record ReloadProgress(int Done, int Total, string? CurrentFile);
