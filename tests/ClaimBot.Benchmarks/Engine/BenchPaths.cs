namespace ClaimBot.Benchmarks.Engine;

/// <summary>Where the repository, the seeds and the benchmark's scratch folder (outside the repository) are.</summary>
internal static class BenchPaths
{
    public static string Scratch { get; } = Environment.GetEnvironmentVariable("CLAIMBOT_BENCH_DIR") is { Length: > 0 } dir
        ? dir
        : Path.Combine(Path.GetTempPath(), "claimbot-bench");

    public static string LexiconsPath => Path.Combine(AppContext.BaseDirectory, "Lexicons");

    public static string Seeds => Path.Combine(RepositoryRoot(), "seeds");

    public static string RepositoryRoot()
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

    /// <summary>A fresh copy of the seeds in a new scratch folder.</summary>
    public static string CopySeeds(string name)
    {
        var folder = Path.Combine(Scratch, name, "sources");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Seeds))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    public static void DeleteStore(string storePath)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" })
        {
            File.Delete(storePath + suffix);
        }
    }
}
