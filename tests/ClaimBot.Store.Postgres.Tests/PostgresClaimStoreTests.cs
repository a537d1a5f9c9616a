using ClaimBot.Core.Claims;
using ClaimBot.Store.Contract;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ClaimBot.Store.Postgres.Tests;

/// <summary>What only the PostgreSQL store promises: schema isolation, migrations table, clean-up, readiness, no secrets in logs.</summary>
public sealed class PostgresClaimStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [StoreFact]
    public async Task InitializeAsync_SearchPathSchemas_AreIsolated()
    {
        await using var first = await PostgresStoreHarness.CreateAsync();
        await using var second = await PostgresStoreHarness.CreateAsync();
        var a = first.CreateStore();
        var b = second.CreateStore();
        await a.InitializeAsync(None);
        await b.InitializeAsync(None);

        await a.CommitGenerationAsync(new GenerationChange([], [TestSources.Source("only-in-a", 2)]), None);
        await using var lockA = await a.AcquireReloadLockAsync(None);
        await using var lockB = await b.AcquireReloadLockAsync(None);

        Assert.Equal(2, (await a.GetClaimsAsync(null, None)).Count);
        Assert.Empty(await b.GetClaimsAsync(null, None));
        Assert.Null(await b.GetCurrentGenerationAsync(None));
        Assert.Equal(1, await first.ScalarAsync("SELECT max(version) FROM schema_migrations;"));
    }

    [StoreFact]
    public async Task InitializeAsync_LeftoverSourceVersions_RemovesThem()
    {
        await using var harness = await PostgresStoreHarness.CreateAsync();
        var store = harness.CreateStore();
        await store.InitializeAsync(None);
        await store.CommitGenerationAsync(new GenerationChange([], [TestSources.Source("a", 2)]), None);
        // What a process killed between the switch and the clean-up leaves: a version no generation references.
        await harness.ScalarAsync("""
            WITH v AS (
                INSERT INTO source_versions (source_id, file, language, content_hash, body)
                VALUES ('ghost', 'ghost.txt', 'en', 'h', 't') RETURNING version_id)
            INSERT INTO claims (version_id, claim_id, source_id, body, start_offset, end_offset, language, is_quote, is_negated, is_hedged, entities, dates, numbers, terms)
            SELECT version_id, 'ghost#1', 'ghost', 'boo', 0, 3, 'en', false, false, false, '[]', '{}', '{}', 'ghostterm' FROM v;
            """);

        await harness.CreateStore().InitializeAsync(None);

        Assert.Equal(1L, await harness.ScalarAsync("SELECT count(*) FROM source_versions;"));
        Assert.Equal(2L, await harness.ScalarAsync("SELECT count(*) FROM claims;"));
    }

    [StoreFact]
    public async Task InitializeAsync_ConnectionStringWithPassword_NeverLogsIt()
    {
        await using var harness = await PostgresStoreHarness.CreateAsync();
        var password = "s3cret-" + Guid.NewGuid().ToString("N");
        var withPassword = new NpgsqlConnectionStringBuilder(harness.ConnectionString) { Password = password }.ConnectionString;
        var logger = new FakeLogger<PostgresClaimStore>();
        var store = harness.CreatePostgresStore(withPassword, logger);

        await store.InitializeAsync(None);
        await store.CommitGenerationAsync(new GenerationChange([], [TestSources.Source("a", 1)]), None);

        var records = logger.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Id.Id == 3101);
        Assert.All(records, r => Assert.DoesNotContain(password, r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IsAvailableAsync_UnreachableServer_ReturnsFalse()
    {
        var options = Options.Create(new StoreOptions
        {
            Provider = "Postgres",
            ConnectionString = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2",
        });
        await using var store = new PostgresClaimStore(options, TimeProvider.System, NullLogger<PostgresClaimStore>.Instance);

        var available = await store.IsAvailableAsync(None);

        Assert.False(available);
    }

    [Fact]
    public async Task AddPostgresClaimStore_WithStoreOptions_ResolvesOneSingletonStore()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<StoreOptions>(o =>
        {
            o.Provider = "Postgres";
            o.ConnectionString = "Host=127.0.0.1;Port=1;Database=none;Username=none";
        });

        services.AddPostgresClaimStore();
        await using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<PostgresClaimStore>(provider.GetRequiredService<IClaimStore>());
        Assert.Same(store, provider.GetRequiredService<IClaimStore>());
    }

    [Fact]
    public void Constructor_MissingConnectionString_ThrowsNamingTheKey()
    {
        var options = Options.Create(new StoreOptions { Provider = "Postgres" });

        var error = Assert.Throws<InvalidOperationException>(() =>
            new PostgresClaimStore(options, TimeProvider.System, NullLogger<PostgresClaimStore>.Instance));

        Assert.Contains("Store:ConnectionString", error.Message, StringComparison.Ordinal);
    }
}
