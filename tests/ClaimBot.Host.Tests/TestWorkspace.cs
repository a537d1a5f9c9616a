using Microsoft.Data.Sqlite;

namespace ClaimBot.Host.Tests;

/// <summary>One test's (or class's) temp folder: a copy of the repository's seeds as the sources folder and a SQLite store beside it.</summary>
internal sealed class TestWorkspace : IDisposable
{
    private TestWorkspace(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string SourcesPath => Path.Combine(Root, "sources");

    public string StorePath => Path.Combine(Root, "data", "claims.db");

    /// <summary>More overrides appended after the workspace's own (later ones win), e.g. a PostgreSQL store.</summary>
    public List<string> ExtraArgs { get; } = [];

    /// <summary>Configuration overrides pointing the host at this workspace, quiet logs.</summary>
    public string[] ConfigurationArgs =>
    [
        $"--Sources:Path={SourcesPath}",
        $"--Store:Path={StorePath}",
        "--Logging:LogLevel:Default=Warning",
        .. ExtraArgs,
    ];

    public static TestWorkspace WithSeeds()
    {
        var workspace = new TestWorkspace(Path.Combine(Path.GetTempPath(), "claimbot-host-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(workspace.SourcesPath);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds")))
        {
            File.Copy(file, Path.Combine(workspace.SourcesPath, Path.GetFileName(file)));
        }

        return workspace;
    }

    public Task WriteSourceAsync(string file, string text) => File.WriteAllTextAsync(Path.Combine(SourcesPath, file), text);

    public Task WriteSourceBytesAsync(string file, byte[] bytes) => File.WriteAllBytesAsync(Path.Combine(SourcesPath, file), bytes);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle only leaves a temp folder behind.
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Repository root (ClaimBot.sln) not found above " + AppContext.BaseDirectory);
    }
}
