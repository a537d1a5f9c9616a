using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;
using Mono.Unix.Native;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>Sources folders an attacker or an accident shaped: FIFOs, device links, link loops, links out of the folder.</summary>
public sealed class HostileSourceFolderTests
{
    // A bound so a regression fails the test instead of hanging the run; not a timing assertion.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ReloadAsync_FifoInSources_SkipsItWithoutBlockingAndIngestsTheRest()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        MakeFifo(Path.Combine(bed.SourcesPath, "pipe.txt"));

        var result = await bed.ReloadAsync().WaitAsync(HangGuard);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["harbour.txt"], result.Added);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("pipe.txt", skipped.File);
        Assert.Contains("FIFO", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadAsync_LinkToDevZero_IsOneSkippedFile()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "zero.txt"), "/dev/zero");

        var result = await bed.ReloadAsync().WaitAsync(HangGuard);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["harbour.txt"], result.Added);
        Assert.Equal("zero.txt", Assert.Single(result.Skipped).File);
    }

    [Fact]
    public async Task ReloadAsync_DirectoryLinkLoops_EachFileIngestedOnceAndTheLinksReported()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        Directory.CreateDirectory(Path.Combine(bed.SourcesPath, "sub"));
        await bed.WriteAsync("sub/harbour.txt", Articles.Harbour);
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "sub", "loop"), ".");
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "sub", "up"), "..");

        var result = await bed.ReloadAsync().WaitAsync(HangGuard);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["sub/harbour.txt"], result.Added);
        Assert.Equal(["sub/loop", "sub/up"], result.Skipped.Select(s => s.File));
        Assert.All(result.Skipped, s => Assert.Contains("folder", s.Reason, StringComparison.Ordinal));
        Assert.Single(await bed.Store.GetSourcesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReloadAsync_LinkToAFileInsideTheFolder_IsFollowed()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        Directory.CreateDirectory(Path.Combine(bed.SourcesPath, "archive"));
        await bed.WriteAsync("archive/harbour.txt", Articles.Harbour);
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "latest.txt"), "archive/harbour.txt");

        var result = await bed.ReloadAsync();

        Assert.Equal(["archive/harbour.txt", "latest.txt"], result.Added);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public async Task ReloadAsync_LinksOutOfTheFolderOrToAFifo_AreSkippedEachWithAReason()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        var outside = Path.Combine(bed.Root, "outside.txt");
        await File.WriteAllTextAsync(outside, Articles.Bridge);
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "escape.txt"), outside);
        MakeFifo(Path.Combine(bed.SourcesPath, ".pipe"));
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "pipe-link.txt"), ".pipe");
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "dangling.txt"), "missing.txt");

        var result = await bed.ReloadAsync().WaitAsync(HangGuard);

        var reasons = result.Skipped.ToDictionary(s => s.File, s => s.Reason);
        Assert.Equal(["dangling.txt", "escape.txt", "pipe-link.txt"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("outside the sources folder", reasons["escape.txt"], StringComparison.Ordinal);
        Assert.Contains("FIFO", reasons["pipe-link.txt"], StringComparison.Ordinal);
        Assert.Contains("broken", reasons["dangling.txt"], StringComparison.Ordinal);
        Assert.Equal(["harbour.txt"], result.Added);
    }

    [Fact]
    public async Task ReloadAsync_FollowSymlinksOff_SkipsEvenLinksInsideTheFolder()
    {
        await using var bed = await ReloadTestBed.CreateAsync(followSymlinks: false);
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        File.CreateSymbolicLink(Path.Combine(bed.SourcesPath, "latest.txt"), "harbour.txt");

        var result = await bed.ReloadAsync();

        Assert.Equal(["harbour.txt"], result.Added);
        Assert.Contains("Sources:FollowSymlinks", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadBoundedAsync_EndlessStreamThatClaimsNoLength_StopsAtTheLimit()
    {
        await using var zero = new FileStream("/dev/zero", FileMode.Open, FileAccess.Read);

        var (bytes, error) = await SourceFileBytes.ReadBoundedAsync(zero, maxBytes: 1024 * 1024, CancellationToken.None);

        Assert.Null(bytes);
        Assert.Contains("Sources:MaxFileBytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadAsync_HostStopsMidReload_EndsCancelledReleasesTheLockAndKeepsTheGeneration()
    {
        using var lifetime = new StoppingLifetime();
        await using var bed = await ReloadTestBed.CreateAsync(lifetime: lifetime);
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        bed.Store.CommitGate = new SemaphoreSlim(0);

        var reload = bed.ReloadAsync();
        await bed.Store.CommitReached.WaitAsync(HangGuard);
        lifetime.StopApplication();
        var result = await reload.WaitAsync(HangGuard);
        var second = bed.OpenSecondStore();
        await using var relock = await second.AcquireReloadLockAsync(CancellationToken.None).WaitAsync(HangGuard);

        Assert.False(result.Succeeded);
        Assert.Contains("stopping", result.Error, StringComparison.Ordinal);
        Assert.Null(await bed.Store.GetCurrentGenerationAsync(CancellationToken.None));
    }

    [Fact]
    public void Scan_Cancelled_Throws()
    {
        using var folder = new Documents.TempFolder();
        folder.Write("a.txt", "text");
        var scanner = new SourceScanner(Microsoft.Extensions.Options.Options.Create(new SourcesOptions { Path = folder.Path }));

        Assert.Throws<OperationCanceledException>(() => scanner.Scan(new CancellationToken(canceled: true)));
    }

    private static void MakeFifo(string path) => Assert.Equal(0, Syscall.mkfifo(path, FilePermissions.DEFFILEMODE));
}
