using ClaimBot.Core.Claims;
using ClaimBot.Store.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Store.Sqlite.Tests;

/// <summary>What only the SQLite store promises: file layout, pragmas, and clean-up of leftovers.</summary>
public sealed class SqliteClaimStoreTests : IAsyncDisposable
{
    private readonly SqliteStoreHarness _harness = new();

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task InitializeAsync_MissingDirectory_CreatesItWithWalAndLatestSchema()
    {
        var store = _harness.CreateSqliteStore();

        await store.InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(_harness.DatabasePath));
        using var connection = _harness.OpenRaw();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar(connection, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaVersion_Throws()
    {
        await _harness.CreateSqliteStore().InitializeAsync(CancellationToken.None);
        using (var connection = _harness.OpenRaw())
        {
            Scalar(connection, "PRAGMA user_version = 99;");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.CreateSqliteStore().InitializeAsync(CancellationToken.None));

        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_LeftoverSourceVersions_RemovesThem()
    {
        var store = _harness.CreateSqliteStore();
        await store.InitializeAsync(CancellationToken.None);
        await store.CommitGenerationAsync(new GenerationChange([], [TestSources.Source("a", 2)]), CancellationToken.None);
        using (var connection = _harness.OpenRaw())
        {
            // What a process killed between the switch and the clean-up leaves: a version no generation references.
            Scalar(connection, """
                INSERT INTO source_versions (source_id, file, language, content_hash, text) VALUES ('ghost', 'ghost.txt', 'en', 'h', 't');
                INSERT INTO claims (version_id, claim_id, source_id, text, start_offset, end_offset, language, is_quote, is_negated, is_hedged, entities, dates, numbers, terms)
                VALUES (last_insert_rowid(), 'ghost#1', 'ghost', 'boo', 0, 3, 'en', 0, 0, 0, '[]', '[]', '[]', 'ghostterm');
                """);
        }

        await _harness.CreateSqliteStore().InitializeAsync(CancellationToken.None);

        using var check = _harness.OpenRaw();
        Assert.Equal(1L, Scalar(check, "SELECT count(*) FROM source_versions;"));
        Assert.Equal(2L, Scalar(check, "SELECT count(*) FROM claims;"));
        Assert.Equal(0L, Scalar(check, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH '\"ghostterm\"';"));
    }

    [Fact]
    public async Task CommitGenerationAsync_ReplacedAndRemovedSources_DeletesTheirOldVersions()
    {
        var store = _harness.CreateSqliteStore();
        await store.InitializeAsync(CancellationToken.None);
        await store.CommitGenerationAsync(new GenerationChange([], [TestSources.Source("a", 2), TestSources.Source("b", 2), TestSources.Source("c", 2)]), CancellationToken.None);

        await store.CommitGenerationAsync(new GenerationChange(["a"], [TestSources.Source("b", 1, "v2")]), CancellationToken.None);

        using var connection = _harness.OpenRaw();
        Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM source_versions;"));
        Assert.Equal(3L, Scalar(connection, "SELECT count(*) FROM claims;"));
        Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM generation_sources;"));
    }

    [Fact]
    public async Task AcquireReloadLockAsync_Held_CreatesLockFileNextToDatabase()
    {
        var store = _harness.CreateSqliteStore();

        await using var held = await store.AcquireReloadLockAsync(CancellationToken.None);

        Assert.True(File.Exists(_harness.DatabasePath + ".reload.lock"));
    }

    [Fact]
    public async Task IsAvailableAsync_PathUnderAFile_ReturnsFalse()
    {
        var blocker = Path.Combine(_harness.Folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        var store = new SqliteClaimStore(
            Options.Create(new StoreOptions { Path = Path.Combine(blocker, "claims.db") }), TimeProvider.System, NullLogger<SqliteClaimStore>.Instance);

        var available = await store.IsAvailableAsync(CancellationToken.None);

        Assert.False(available);
    }

    [Fact]
    public void AddSqliteClaimStore_WithStoreOptions_ResolvesOneSingletonStore()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<StoreOptions>(o => o.Path = _harness.DatabasePath);

        services.AddSqliteClaimStore();
        using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<SqliteClaimStore>(provider.GetRequiredService<IClaimStore>());
        Assert.Same(store, provider.GetRequiredService<IClaimStore>());
        Assert.Equal(Path.GetFullPath(_harness.DatabasePath), store.DatabasePath);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
