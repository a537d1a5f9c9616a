using System.Text;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>Per-file problems are reported by file name with a reason and never stop the reload or lose stored content.</summary>
public sealed class BadFileReloadTests
{
    [Fact]
    public async Task ReloadAsync_BadFiles_SkipsEachByNameWithAReasonAndIngestsTheRest()
    {
        await using var bed = await ReloadTestBed.CreateAsync(maxFileBytes: 4096);
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteBytesAsync("empty.txt", []);
        await bed.WriteBytesAsync("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);
        await bed.WriteBytesAsync("latin1.txt", Encoding.Latin1.GetBytes("Færgen til Ærø sejler igen efter en uges reparation, oplyser rederiet."));
        await bed.WriteAsync("huge.txt", string.Concat(Enumerable.Repeat(Articles.Library + "\n\n", 20)));

        var result = await bed.ReloadOkAsync();

        var reasons = result.Skipped.ToDictionary(s => s.File, s => s.Reason);
        Assert.Equal(["empty.txt", "huge.txt", "latin1.txt", "photo.jpg"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("empty", reasons["empty.txt"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("binary", reasons["photo.jpg"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("UTF-8", reasons["latin1.txt"], StringComparison.Ordinal);
        Assert.Contains("Sources:MaxFileBytes", reasons["huge.txt"], StringComparison.Ordinal);
        Assert.Equal(["harbour.txt"], result.Added);
        var sources = await bed.Store.GetSourcesAsync(CancellationToken.None);
        Assert.Equal(["harbour.txt"], sources.Select(s => s.File));
        Assert.True(result.ClaimsAfter > 0);
    }

    [Fact]
    public async Task ReloadAsync_StoredFileBecomesBinary_KeepsItsStoredVersion()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        await bed.ReloadOkAsync();
        var before = await bed.Store.GetClaimsAsync("harbour", CancellationToken.None);
        await bed.WriteBytesAsync("harbour.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        await bed.WriteAsync("bibliotek.txt", Articles.Library);

        var result = await bed.ReloadOkAsync();

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("harbour.txt", skipped.File);
        Assert.Empty(result.Removed);
        Assert.Equal(["bibliotek.txt"], result.Added);
        var after = await bed.Store.GetClaimsAsync("harbour", CancellationToken.None);
        Assert.Equal(before.Select(c => (c.Id, c.Text)), after.Select(c => (c.Id, c.Text)));
        Assert.Contains(await bed.Store.GetSourcesAsync(CancellationToken.None), s => s.File == "bibliotek.txt");
    }

    [Fact]
    public async Task ReloadAsync_TwoFilesWithTheSameSourceId_SkipsOneByNameAndIngestsTheRest()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        await bed.ReloadOkAsync();
        await bed.WriteAsync("harbour.md", Articles.HarbourRevised);
        await bed.WriteAsync("bibliotek.txt", Articles.Library);

        var result = await bed.ReloadOkAsync();

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("harbour.md", skipped.File);
        Assert.Contains("harbour.txt", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(["bibliotek.txt"], result.Added);
        Assert.Equal(["cykelbro.txt", "harbour.txt"], result.Unchanged);
        var harbour = await bed.Store.GetClaimsAsync("harbour", CancellationToken.None);
        Assert.Contains(harbour, c => c.Text.Contains("2.4 million", StringComparison.Ordinal));
    }
}
