namespace ClaimBot.Core.Tests.Documents;

/// <summary>The repository's seed documents, found by walking up from the test binaries to ClaimBot.sln.</summary>
internal static class RepoSeeds
{
    public static string Path { get; } = System.IO.Path.Combine(FindRepoRoot(), "seeds");

    /// <summary>Copies every seed into <paramref name="folder"/>, so a test never touches the repository's files.</summary>
    public static void CopyTo(TempFolder folder)
    {
        foreach (var file in Directory.GetFiles(Path))
        {
            folder.Write(System.IO.Path.GetFileName(file), File.ReadAllBytes(file));
        }
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ClaimBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"ClaimBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
