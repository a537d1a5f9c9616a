namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>The repository's prompts/ folder, found by walking up from the test binaries to ClaimBot.sln.</summary>
internal static class RepoPrompts
{
    public static string Path { get; } = System.IO.Path.Combine(FindRepoRoot(), "prompts");

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
