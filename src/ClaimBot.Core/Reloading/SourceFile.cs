namespace ClaimBot.Core.Reloading;

/// <summary>A file under the sources folder: its path relative to the folder ('/' separators) and the full path to read.</summary>
/// <param name="FullPath">For a followed symbolic link, the canonical path of its target (inside the folder).</param>
/// <param name="Rejection">Why the scan refused the entry (a link out of the folder, to a folder, …); it is then skipped, not read.</param>
public sealed record SourceFile(string RelativePath, string FullPath, string? Rejection = null);
