using ClaimBot.Core.Claims;
using ClaimBot.Store.Contract;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Store.Sqlite.Tests;

/// <summary>A database file in a temp folder of its own, deleted afterwards.</summary>
public sealed class SqliteStoreHarness : StoreHarness
{
    public SqliteStoreHarness()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "claimbot-sqlite-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "data", "claims.db");

    public override IClaimStore CreateStore() => CreateSqliteStore();

    public SqliteClaimStore CreateSqliteStore() =>
        new(Options.Create(new StoreOptions { Path = DatabasePath }), Time, NullLogger<SqliteClaimStore>.Instance);

    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; clearing lets the folder go on every platform.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; it must not fail the test.
        }

        return ValueTask.CompletedTask;
    }
}
