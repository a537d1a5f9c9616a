namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>A private copy of the repository's prompts that a test may break.</summary>
internal sealed class TempPrompts : IDisposable
{
    public TempPrompts()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimbot-prompts-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepoPrompts.Path, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(RepoPrompts.Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    public string Path { get; }

    public string File(string function, string fileName) => System.IO.Path.Combine(Path, "Replies", function, fileName);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
