namespace ClaimBot.Store.Contract;

/// <summary>Contract: initialisation is idempotent and safe from several processes; one reload at a time.</summary>
public abstract class LifecycleContract : ClaimStoreContractBase
{
    [StoreFact]
    public async Task InitializeAsync_Repeated_KeepsData()
    {
        var store = await NewStoreAsync();
        var generation = await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 3)), None);

        await store.InitializeAsync(None);
        var reopened = await NewStoreAsync();

        Assert.Equal(generation, await reopened.GetCurrentGenerationAsync(None));
        Assert.Equal(3, (await reopened.GetClaimsAsync(null, None)).Count);
        Assert.Equal(3, (await store.GetClaimsAsync(null, None)).Count);
    }

    [StoreFact]
    public async Task InitializeAsync_ConcurrentInstances_AllSucceedOnOneSchema()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => Harness.CreateStore()).ToArray();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync(None))));
        var generation = await stores[0].CommitGenerationAsync(WriteOnly(TestSources.Source("a", 2)), None);

        foreach (var store in stores)
        {
            Assert.Equal(generation, await store.GetCurrentGenerationAsync(None));
            Assert.Equal(2, (await store.GetClaimsAsync(null, None)).Count);
        }
    }

    [StoreFact]
    public async Task AcquireReloadLockAsync_HeldByAnotherInstance_WaitsUntilReleased()
    {
        var holder = await NewStoreAsync();
        var waiter = await NewStoreAsync();
        var held = await holder.AcquireReloadLockAsync(None);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter.AcquireReloadLockAsync(giveUp.Token));
        await held.DisposeAsync();
        var acquired = await waiter.AcquireReloadLockAsync(None);

        Assert.NotNull(acquired);
        await acquired.DisposeAsync();
    }

    [StoreFact]
    public async Task AcquireReloadLockAsync_ManyContenders_OneHolderAtATime()
    {
        var stores = new[] { await NewStoreAsync(), await NewStoreAsync(), await NewStoreAsync() };
        var active = 0;
        var maxActive = 0;
        var entered = 0;

        await Task.WhenAll(stores.Select(store => Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                await using var held = await store.AcquireReloadLockAsync(None);
                var now = Interlocked.Increment(ref active);
                InterlockedMax(ref maxActive, now);
                Interlocked.Increment(ref entered);
                await Task.Delay(10);
                Interlocked.Decrement(ref active);
            }
        })));

        Assert.Equal(1, maxActive);
        Assert.Equal(9, entered);
    }

    [StoreFact]
    public async Task AcquireReloadLockAsync_DisposedTwice_CanBeTakenAgain()
    {
        var store = await NewStoreAsync();
        var first = await store.AcquireReloadLockAsync(None);
        await first.DisposeAsync();
        await first.DisposeAsync();

        var second = await store.AcquireReloadLockAsync(None);

        Assert.NotSame(first, second);
        await second.DisposeAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        do
        {
            seen = target;
            if (value <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref target, value, seen) != seen);
    }
}
