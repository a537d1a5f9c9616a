using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Contract;

/// <summary>Contract: generations are built beside the current one, switched atomically, and a failed commit changes nothing.</summary>
public abstract class GenerationContract : ClaimStoreContractBase
{
    [StoreFact]
    public async Task CommitGenerationAsync_Successive_ReturnsIncreasingIdsAndSwitchesPointer()
    {
        var store = await NewStoreAsync();

        var first = await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 1)), None);
        var second = await store.CommitGenerationAsync(Change(["a"]), None);
        var third = await store.CommitGenerationAsync(Change(["a"]), None);
        var current = await store.GetCurrentGenerationAsync(None);

        Assert.True(first < second && second < third);
        Assert.Equal(third, current);
    }

    [StoreFact]
    public async Task CommitGenerationAsync_KeepWriteAndOmit_KeepsChangesAddsAndRemoves()
    {
        var store = await NewStoreAsync();
        await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 2), TestSources.Source("b", 2), TestSources.Source("c", 2)), None);
        var keptClaims = await store.GetClaimsAsync("a", None);

        await store.CommitGenerationAsync(Change(["a", "b"], TestSources.Source("b", 3, marker: "v2"), TestSources.Source("d", 1)), None);
        var sources = await store.GetSourcesAsync(None);
        var claims = await store.GetClaimsAsync(null, None);

        Assert.Equal(["a", "b", "d"], sources.Select(s => s.Id));
        Assert.Equal("hash-b-v2", sources[1].ContentHash);
        Assert.Equal([2, 3, 1], sources.Select(s => s.ClaimCount));
        ClaimAssert.SameAll(keptClaims, claims.Where(c => c.SourceId == "a").ToList());
        Assert.All(claims.Where(c => c.SourceId == "b"), c => Assert.StartsWith("v2 ", c.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.SourceId == "c");
        Assert.Null(await store.GetSourceAsync("c", None));
        Assert.Equal("v2 text of b", (await store.GetSourceAsync("b", None))?.Text);
    }

    [StoreFact]
    public async Task CommitGenerationAsync_NothingKeptOrWritten_LeavesEmptyGeneration()
    {
        var store = await NewStoreAsync();
        var first = await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 2)), None);

        var second = await store.CommitGenerationAsync(Change([]), None);

        Assert.True(second > first);
        Assert.Empty(await store.GetSourcesAsync(None));
        Assert.Empty(await store.GetClaimsAsync(null, None));
        Assert.Empty(await store.SearchAsync(["shared"], 10, None));
    }

    [StoreFact]
    public async Task CommitGenerationAsync_SourceWrittenTwice_ThrowsAndKeepsPrevious()
    {
        var store = await NewStoreAsync();
        var first = await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 2)), None);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.CommitGenerationAsync(WriteOnly(TestSources.Source("b", 1), TestSources.Source("b", 2)), None));

        Assert.Equal(first, await store.GetCurrentGenerationAsync(None));
        Assert.Equal(["a"], (await store.GetSourcesAsync(None)).Select(s => s.Id));
    }

    [StoreFact]
    public async Task CommitGenerationAsync_ThrowsAfterWritesStarted_PreviousGenerationServesAndNextStartCleansUp()
    {
        var store = await NewStoreAsync();
        var first = await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 3), TestSources.Source("b", 2)), None);
        var before = await store.GetClaimsAsync(null, None);
        var broken = TestSources.Source("c", 6, marker: "v2");
        var crashing = broken with { Claims = new FailingClaimList(broken.Claims, failAfter: 3) };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.CommitGenerationAsync(Change(["a"], TestSources.Source("b", 4, marker: "v2"), crashing), None));
        var restarted = await NewStoreAsync();

        foreach (var reader in new[] { store, restarted })
        {
            Assert.Equal(first, await reader.GetCurrentGenerationAsync(None));
            ClaimAssert.SameAll(before, await reader.GetClaimsAsync(null, None));
            Assert.Equal(["a", "b"], (await reader.GetSourcesAsync(None)).Select(s => s.Id));
            Assert.Empty(await reader.SearchAsync(["v2"], 10, None));
        }

        var next = await restarted.CommitGenerationAsync(Change(["a", "b"], TestSources.Source("c", 1)), None);
        Assert.True(next > first);
        Assert.Equal(6, (await restarted.GetClaimsAsync(null, None)).Count);
    }

    [StoreFact]
    public async Task CommitGenerationAsync_CancelledAfterWritesStarted_PreviousGenerationServes()
    {
        var store = await NewStoreAsync();
        var first = await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 2)), None);
        using var cancel = new CancellationTokenSource();
        var source = TestSources.Source("b", 5);
        var cancelling = source with { Claims = new FailingClaimList(source.Claims, failAfter: 2, cancel) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.CommitGenerationAsync(WriteOnly(TestSources.Source("c", 2), cancelling), cancel.Token));

        Assert.Equal(first, await store.GetCurrentGenerationAsync(None));
        Assert.Equal(["a"], (await store.GetSourcesAsync(None)).Select(s => s.Id));
        Assert.Equal(2, (await store.GetClaimsAsync(null, None)).Count);
    }

    [StoreFact]
    public async Task CommitGenerationAsync_WhileReadersRun_ReadersSeeOldOrNewNeverAMix()
    {
        var writer = await NewStoreAsync();
        var reader = await NewStoreAsync();
        GenerationChange[] sets =
        [
            WriteOnly(TestSources.Source("alpha-1", 10, "a"), TestSources.Source("alpha-2", 10, "a"), TestSources.Source("alpha-3", 10, "a")),
            WriteOnly(TestSources.Source("beta-1", 15, "b"), TestSources.Source("beta-2", 15, "b"), TestSources.Source("beta-3", 15, "b")),
        ];
        var expected = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 30, ["b"] = 45 };
        await writer.CommitGenerationAsync(sets[0], None);
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => ReadUntilAsync(reader, expected, done.Token))).ToArray();
        for (var i = 1; i <= 6; i++)
        {
            await writer.CommitGenerationAsync(sets[i % 2], None);
        }

        await done.CancelAsync();
        var reads = await Task.WhenAll(readers);

        Assert.All(reads, count => Assert.True(count > 0));
    }

    private static async Task<int> ReadUntilAsync(IClaimStore store, Dictionary<string, int> expected, CancellationToken done)
    {
        var reads = 0;
        do
        {
            var claims = await store.GetClaimsAsync(null, None);
            var marker = Assert.Single(claims.Select(c => c.Text.Split(' ')[0]).Distinct());
            Assert.Equal(expected[marker], claims.Count);

            var sources = await store.GetSourcesAsync(None);
            Assert.Contains(sources.Sum(s => s.ClaimCount), expected.Values);
            Assert.Single(sources.Select(s => s.Id.Split('-')[0]).Distinct());

            var hits = await store.SearchAsync(["shared"], 1000, None);
            Assert.Single(hits.Select(h => h.ClaimId.Split('-')[0]).Distinct());
            Assert.Contains(hits.Count, expected.Values);
            reads++;
        }
        while (!done.IsCancellationRequested);

        return reads;
    }
}
