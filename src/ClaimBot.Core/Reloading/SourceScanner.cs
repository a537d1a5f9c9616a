using ClaimBot.Core.Documents;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Reloading;

/// <summary>
/// Lists the files under <see cref="SourcesOptions.Path"/> (hidden files and folders excluded) in a stable order.
/// Folders are walked without following links, so a link loop cannot multiply files or hang the scan; a link to a
/// file is followed only when its target lies inside the folder (and <see cref="SourcesOptions.FollowSymlinks"/>
/// allows it). Refused entries are listed with a reason so the ingest reports them.
/// </summary>
public sealed class SourceScanner(IOptions<SourcesOptions> options)
{
    public string Root => Path.GetFullPath(options.Value.Path);

    public IReadOnlyList<SourceFile> Scan(CancellationToken cancellationToken)
    {
        var root = Root;
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The sources folder '{options.Value.Path}' (Sources:Path) does not exist.");
        }

        var realRoot = RealPath.Resolve(root) ?? root;
        var enumeration = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        var files = new List<SourceFile>();
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in folder.EnumerateFileSystemInfos("*", enumeration))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry.LinkTarget is not null)
                {
                    files.Add(FollowLink(relative, entry.FullName, realRoot));
                }
                else if (entry is DirectoryInfo directory)
                {
                    folders.Push(directory);
                }
                else
                {
                    // Its type (regular file, FIFO, device) is checked on the open handle when it is read.
                    files.Add(new SourceFile(relative, entry.FullName));
                }
            }
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    private SourceFile FollowLink(string relative, string fullPath, string realRoot)
    {
        if (!options.Value.FollowSymlinks)
        {
            return new SourceFile(relative, fullPath, "symbolic link, not followed (Sources:FollowSymlinks is false)");
        }

        var target = RealPath.Resolve(fullPath);
        if (target is null)
        {
            return new SourceFile(relative, fullPath, "broken or looping symbolic link");
        }

        if (!RealPath.IsUnder(target, realRoot))
        {
            return new SourceFile(relative, fullPath, "symbolic link to outside the sources folder, not followed");
        }

        return Directory.Exists(target)
            ? new SourceFile(relative, fullPath, "symbolic link to a folder, not followed")
            : new SourceFile(relative, target);
    }
}
