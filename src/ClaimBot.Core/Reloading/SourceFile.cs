namespace ClaimBot.Core.Reloading;

/// <summary>A file under the sources folder: its path relative to the folder ('/' separators) and its full path.</summary>
public sealed record SourceFile(string RelativePath, string FullPath);
