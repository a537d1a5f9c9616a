namespace ClaimBot.Core.Reloading;

/// <summary>
/// The canonical path of a file (every symbolic link in it resolved), like realpath(3). Written here because .NET has
/// no realpath, <see cref="FileSystemInfo.ResolveLinkTarget"/> resolves only the last component, and Mono.Unix's
/// GetRealPath loops forever on a link such as <c>loop -&gt; .</c>.
/// </summary>
internal static class RealPath
{
    // Linux gives up with ELOOP after 40 links.
    private const int MaxLinks = 40;

    /// <summary>The canonical path, or null when a component is missing or the links loop.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            return Path.Exists(full) ? full : null;
        }

        var pending = new Stack<string>(Split(full).Reverse());
        var current = "/";
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var next = Path.Join(current, part);
            var entry = new FileInfo(next);
            if (entry.LinkTarget is not { } target)
            {
                if (!Path.Exists(next))
                {
                    return null;
                }

                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            foreach (var component in Split(target).Reverse())
            {
                pending.Push(component);
            }

            if (Path.IsPathRooted(target))
            {
                current = "/";
            }
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/> lies below <paramref name="folder"/> (both canonical).</summary>
    public static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string[] Split(string path) => path.Split(Path.DirectorySeparatorChar);
}
