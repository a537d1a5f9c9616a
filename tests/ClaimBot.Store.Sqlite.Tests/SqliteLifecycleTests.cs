using ClaimBot.Store.Contract;

namespace ClaimBot.Store.Sqlite.Tests;

public sealed class SqliteLifecycleTests : LifecycleContract
{
    protected override Task<StoreHarness> CreateHarnessAsync() => Task.FromResult<StoreHarness>(new SqliteStoreHarness());
}
