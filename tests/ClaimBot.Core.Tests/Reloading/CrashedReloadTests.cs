namespace ClaimBot.Core.Tests.Reloading;

/// <summary>A reload that breaks inside its commit leaves the previous generation serving, here and for the next start.</summary>
public sealed class CrashedReloadTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReloadAsync_CommitBreaksMidway_ReportsFailureAndPreviousGenerationServes(bool cancel)
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        var loaded = await bed.ReloadOkAsync();
        var claimsBefore = await bed.Store.GetClaimsAsync(null, CancellationToken.None);
        await bed.WriteAsync("harbour.txt", Articles.HarbourRevised);
        await bed.WriteAsync("bibliotek.txt", Articles.Library);
        using var cancellation = new CancellationTokenSource();
        bed.Store.CommitRewrite = change => FailingClaims.Break(change, cancel ? cancellation : null);

        var result = await bed.ReloadAsync();

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Equal(loaded.Generation, result.Generation);
        Assert.Equal(loaded.Generation, await bed.Store.GetCurrentGenerationAsync(CancellationToken.None));
        var claimsAfter = await bed.Store.GetClaimsAsync(null, CancellationToken.None);
        Assert.Equal(claimsBefore.Select(c => (c.Id, c.Text)), claimsAfter.Select(c => (c.Id, c.Text)));
        var answer = await bed.Ask.AskAsync("when did the harbour bath reopen?", CancellationToken.None);
        Assert.True(answer.Answered);
        var audit = (await bed.Store.GetReloadAuditsAsync(1, CancellationToken.None))[0];
        Assert.False(audit.Succeeded);
    }

    [Fact]
    public async Task InitializeAsync_AfterACrashedCommit_PreviousGenerationServesAndTheNextReloadApplies()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        var loaded = await bed.ReloadOkAsync();
        await bed.WriteAsync("bibliotek.txt", Articles.Library);
        bed.Store.CommitRewrite = change => FailingClaims.Break(change, null);
        Assert.False((await bed.ReloadAsync()).Succeeded);
        bed.Store.CommitRewrite = null;

        var restarted = bed.OpenSecondStore();
        await restarted.InitializeAsync(CancellationToken.None);
        var generationAfterRestart = await restarted.GetCurrentGenerationAsync(CancellationToken.None);
        var servingAfterRestart = await restarted.GetSourcesAsync(CancellationToken.None);
        var retried = await bed.ReloadOkAsync();

        Assert.Equal(loaded.Generation, generationAfterRestart);
        Assert.Equal(["harbour.txt"], servingAfterRestart.Select(s => s.File));
        Assert.Equal(["bibliotek.txt"], retried.Added);
        Assert.True(retried.Generation > loaded.Generation);
        Assert.Equal(["bibliotek.txt", "harbour.txt"], (await restarted.GetSourcesAsync(CancellationToken.None)).Select(s => s.File));
    }
}
