using ClaimBot.Core.Reloading;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>
/// The automatic refresh before a question: it reloads (under the lock, audited) only when the sources differ from the
/// store, and otherwise leaves the store untouched; a requested reload is still always run and audited.
/// </summary>
public sealed class RefreshReloadTests
{
    private static readonly ReloadRequest Automatic = new("test", "cli-auto");

    private static async Task<ReloadResult> IngestTwoSourcesAsync(ReloadTestBed bed)
    {
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        return await bed.ReloadOkAsync();
    }

    [Fact]
    public async Task RefreshAsync_NothingChanged_TakesNoLockAndWritesNoAuditRecord()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        var first = await IngestTwoSourcesAsync(bed);

        var result = await bed.Coordinator.RefreshAsync(Automatic, null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(first.Generation, result.Generation);
        Assert.Equal(["cykelbro.txt", "harbour.txt"], result.Unchanged);
        Assert.Empty(result.Added);
        Assert.Empty(result.Changed);
        Assert.Equal(first.ClaimsAfter, result.ClaimsAfter);
        Assert.Equal(1, bed.Store.Runs);
        Assert.Equal(1, bed.Store.Commits);
        Assert.Single(await bed.Store.GetReloadAuditsAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task RefreshAsync_FileChanged_ReloadsItUnderTheLockAndAuditsTheRun()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        var first = await IngestTwoSourcesAsync(bed);
        await bed.WriteAsync("harbour.txt", Articles.HarbourRevised);

        var result = await bed.Coordinator.RefreshAsync(Automatic, null, CancellationToken.None);

        Assert.Equal(["harbour.txt"], result.Changed);
        Assert.True(result.Generation > first.Generation);
        Assert.Contains(await bed.Store.GetClaimsAsync("harbour", CancellationToken.None), c => c.Text.Contains("algae", StringComparison.Ordinal));
        Assert.Equal(2, bed.Store.Runs);
        var audits = await bed.Store.GetReloadAuditsAsync(10, CancellationToken.None);
        Assert.Equal(["cli-auto", "cli"], audits.Select(a => a.Origin));
    }

    [Fact]
    public async Task RefreshAsync_FileAdded_IngestsIt()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.ReloadOkAsync();
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);

        var result = await bed.Coordinator.RefreshAsync(Automatic, null, CancellationToken.None);

        Assert.Equal(["cykelbro.txt"], result.Added);
        Assert.NotEmpty(await bed.Store.GetClaimsAsync("cykelbro", CancellationToken.None));
        Assert.Equal(2, bed.Store.Runs);
    }

    [Fact]
    public async Task RefreshAsync_FileRemoved_DropsIt()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await IngestTwoSourcesAsync(bed);
        bed.Delete("cykelbro.txt");

        var result = await bed.Coordinator.RefreshAsync(Automatic, null, CancellationToken.None);

        Assert.Equal(["cykelbro.txt"], result.Removed);
        Assert.Equal(["harbour.txt"], (await bed.Store.GetSourcesAsync(CancellationToken.None)).Select(s => s.File));
    }

    [Fact]
    public async Task RefreshAsync_EmptyStore_BuildsTheFirstGeneration()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);

        var result = await bed.Coordinator.RefreshAsync(Automatic, null, CancellationToken.None);

        Assert.NotNull(result.Generation);
        Assert.Equal(["harbour.txt"], result.Added);
        Assert.Equal("cli-auto", Assert.Single(await bed.Store.GetReloadAuditsAsync(10, CancellationToken.None)).Origin);
    }

    [Fact]
    public async Task RefreshAsync_FileThatIsSkippedEveryTime_ReportsItWithoutReloading()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteBytesAsync("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);
        var first = await bed.ReloadOkAsync();

        var result = await bed.Coordinator.RefreshAsync(Automatic, null, CancellationToken.None);

        Assert.Equal(first.Skipped, result.Skipped);
        Assert.Equal(["harbour.txt"], result.Unchanged);
        Assert.Equal(1, bed.Store.Runs);
    }

    [Fact]
    public async Task ReloadAsync_AfterARefreshThatChangedNothing_IsStillAudited()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.ReloadOkAsync();
        await bed.Coordinator.RefreshAsync(Automatic, null, CancellationToken.None);

        await bed.ReloadAsync("admin");

        var audits = await bed.Store.GetReloadAuditsAsync(10, CancellationToken.None);
        Assert.Equal(["admin", "test"], audits.Select(a => a.RequestedBy));
        Assert.Equal(2, bed.Store.Runs);
    }
}
