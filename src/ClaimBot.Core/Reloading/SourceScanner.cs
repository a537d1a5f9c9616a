using ClaimBot.Core.Documents;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Reloading;

/// <summary>Lists every file under <see cref="SourcesOptions.Path"/> (hidden files and folders excluded), in a stable order.</summary>
public sealed class SourceScanner(IOptions<SourcesOptions> options)
{
    public string Root => Path.GetFullPath(options.Value.Path);

    public IReadOnlyList<SourceFile> Scan()
    {
        var root = Root;
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The sources folder '{options.Value.Path}' (Sources:Path) does not exist.");
        }

        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(root, "*", enumeration)
            .Select(full => new SourceFile(Path.GetRelativePath(root, full).Replace('\\', '/'), full))
            .Where(f => !f.RelativePath.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
