using ClaimBot.Store.Contract;

namespace ClaimBot.Store.Postgres.Tests;

public sealed class PostgresGenerationTests : GenerationContract
{
    protected override async Task<StoreHarness> CreateHarnessAsync() => await PostgresStoreHarness.CreateAsync();
}
