namespace ClaimBot.Core.Tests.Reloading;

/// <summary>Concurrent reload requests coalesce: at most one run, one more run for everything that arrived during it.</summary>
public sealed class CoalescingReloadTests
{
    private const int Requesters = 8;

    [Fact]
    public async Task ReloadAsync_RequestsDuringARun_CoalesceIntoExactlyOneMoreRun()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        using var gate = new SemaphoreSlim(0);
        bed.Store.StartGate = gate;

        var first = bed.ReloadAsync("first");
        await bed.Store.RunStarted.WaitAsync();
        var during = Enumerable.Range(0, Requesters).Select(i => bed.ReloadAsync("during-" + i)).ToList();
        gate.Release();
        await bed.Store.RunStarted.WaitAsync();
        var firstResult = await first;
        var duringFinishedBeforeSecondRun = during.Any(t => t.IsCompleted);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        gate.Release();
        var duringResults = await Task.WhenAll(during);

        Assert.True(firstResult.Succeeded, firstResult.Error);
        Assert.Equal(["harbour.txt"], firstResult.Added);
        Assert.False(duringFinishedBeforeSecondRun);
        Assert.All(duringResults, r => Assert.Equal(["cykelbro.txt"], r.Added));
        Assert.All(duringResults, r => Assert.True(r.Generation > firstResult.Generation));
        Assert.Single(duringResults.Select(r => r.Generation).Distinct());
        Assert.Equal(2, bed.Store.Runs);
        Assert.Equal(2, (await bed.Store.GetReloadAuditsAsync(10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ReloadAsync_RequestAfterARunFinished_GetsAFreshRun()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        var first = await bed.ReloadOkAsync();
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);

        var second = await bed.ReloadOkAsync();

        Assert.Equal(["cykelbro.txt"], second.Added);
        Assert.True(second.Generation > first.Generation);
        Assert.Equal(2, bed.Store.Runs);
    }
}
