using System.ComponentModel.DataAnnotations;

namespace ClaimBot.Core.Documents;

/// <summary>Where the source documents are and how they are read. Section "Sources".</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>Folder of source documents, relative to the working directory or absolute.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "seeds";

    /// <summary>Files larger than this are skipped with a reason (default 10 MB); enforced while reading.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Follow symbolic links to files inside the folder (links out of it, and to folders, are never followed).</summary>
    public bool FollowSymlinks { get; set; } = true;

    /// <summary>Reload automatically (debounced) when files in the folder change.</summary>
    public bool Watch { get; set; }

    /// <summary>Quiet period before a watched change triggers a reload.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(2);
}
