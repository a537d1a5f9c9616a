using ClaimBot.Store.Contract;

namespace ClaimBot.Store.Postgres.Tests;

public sealed class PostgresStateTests : StateContract
{
    protected override async Task<StoreHarness> CreateHarnessAsync() => await PostgresStoreHarness.CreateAsync();
}
