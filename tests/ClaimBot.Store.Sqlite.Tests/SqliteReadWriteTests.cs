using ClaimBot.Store.Contract;

namespace ClaimBot.Store.Sqlite.Tests;

public sealed class SqliteReadWriteTests : ReadWriteContract
{
    protected override Task<StoreHarness> CreateHarnessAsync() => Task.FromResult<StoreHarness>(new SqliteStoreHarness());
}
