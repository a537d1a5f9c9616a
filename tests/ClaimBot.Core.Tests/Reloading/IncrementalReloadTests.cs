using System.Text.Json;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>Incremental reloads by content hash: unchanged files carried over, changed files replaced, removed files dropped; audited.</summary>
public sealed class IncrementalReloadTests
{
    [Fact]
    public async Task ReloadAsync_OneFileChanged_ReplacesItsClaimsAndCarriesTheOtherOver()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        var first = await bed.ReloadOkAsync();
        var bridgeBefore = await bed.Store.GetClaimsAsync("cykelbro", CancellationToken.None);
        await bed.WriteAsync("harbour.txt", Articles.HarbourRevised);

        var second = await bed.ReloadOkAsync();

        Assert.Equal(["cykelbro.txt"], second.Unchanged);
        Assert.Equal(["harbour.txt"], second.Changed);
        Assert.Empty(second.Added);
        Assert.Empty(second.Removed);
        Assert.True(second.Generation > first.Generation);
        var bridgeAfter = await bed.Store.GetClaimsAsync("cykelbro", CancellationToken.None);
        Assert.Equal(bridgeBefore.Select(c => (c.Id, c.Text)), bridgeAfter.Select(c => (c.Id, c.Text)));
        var harbour = await bed.Store.GetClaimsAsync("harbour", CancellationToken.None);
        Assert.Contains(harbour, c => c.Text.Contains("algae", StringComparison.Ordinal));
        Assert.DoesNotContain(harbour, c => c.Text.Contains("2.4 million", StringComparison.Ordinal));
        Assert.Equal(first.ClaimsAfter, second.ClaimsBefore);
    }

    [Fact]
    public async Task ReloadAsync_FileRemoved_DropsTheSourceAndItsClaims()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        await bed.ReloadOkAsync();
        bed.Delete("cykelbro.txt");

        var result = await bed.ReloadOkAsync();

        Assert.Equal(["cykelbro.txt"], result.Removed);
        Assert.Equal(["harbour.txt"], result.Unchanged);
        var sources = await bed.Store.GetSourcesAsync(CancellationToken.None);
        Assert.Equal(["harbour.txt"], sources.Select(s => s.File));
        Assert.Empty(await bed.Store.GetClaimsAsync("cykelbro", CancellationToken.None));
        Assert.Equal(sources.Sum(s => s.ClaimCount), result.ClaimsAfter);
        Assert.True(result.ClaimsAfter < result.ClaimsBefore);
    }

    [Fact]
    public async Task ReloadAsync_NothingChanged_KeepsTheGenerationWithoutACommit()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        var first = await bed.ReloadOkAsync();

        var second = await bed.ReloadOkAsync();

        Assert.Equal(first.Generation, second.Generation);
        Assert.Equal(1, bed.Store.Commits);
        Assert.Equal(["cykelbro.txt", "harbour.txt"], second.Unchanged);
        Assert.Empty(second.Added);
        Assert.Empty(second.Changed);
        Assert.Equal(second.ClaimsBefore, second.ClaimsAfter);
    }

    [Fact]
    public async Task ReloadAsync_SeveralRuns_AuditsEachNewestFirst()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.ReloadAsync("alice");
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        await bed.ReloadAsync("bob");

        var last = await bed.ReloadAsync("carol");
        var audits = await bed.Store.GetReloadAuditsAsync(10, CancellationToken.None);

        Assert.Equal(["carol", "bob", "alice"], audits.Select(a => a.RequestedBy));
        Assert.All(audits, a => Assert.True(a.Succeeded));
        Assert.All(audits, a => Assert.Equal("cli", a.Origin));
        Assert.True(audits[0].StartedAt >= audits[1].StartedAt && audits[1].StartedAt >= audits[2].StartedAt);
        Assert.Equal(last.Generation, audits[0].Generation);
        using var json = JsonDocument.Parse(audits[1].ResultJson);
        Assert.Equal(["cykelbro.txt"], json.RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
    }
}
