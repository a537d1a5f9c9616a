using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Contract;

/// <summary>Base of the store contract suites: a fresh database per test, and helpers to create stores over it.</summary>
public abstract class ClaimStoreContractBase : IAsyncLifetime
{
    private StoreHarness? _harness;

    protected StoreHarness Harness => _harness ?? throw new InvalidOperationException("The harness is created in InitializeAsync.");

    protected static CancellationToken None => CancellationToken.None;

    /// <summary>Creates the empty database this test owns.</summary>
    protected abstract Task<StoreHarness> CreateHarnessAsync();

    public async Task InitializeAsync() => _harness = await CreateHarnessAsync();

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    /// <summary>A new store instance over this test's database, initialised (migrated).</summary>
    protected async Task<IClaimStore> NewStoreAsync()
    {
        var store = Harness.CreateStore();
        await store.InitializeAsync(None);
        return store;
    }

    protected static GenerationChange WriteOnly(params ExtractedSource[] sources) => new([], sources);

    protected static GenerationChange Change(IReadOnlyCollection<string> keep, params ExtractedSource[] write) => new(keep, write);
}
