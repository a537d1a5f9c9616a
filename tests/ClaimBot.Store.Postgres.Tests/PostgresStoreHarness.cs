using System.Collections.Concurrent;
using ClaimBot.Core.Claims;
using ClaimBot.Store.Contract;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ClaimBot.Store.Postgres.Tests;

/// <summary>A fresh schema in the test database, reached through the connection string's search path; dropped afterwards.</summary>
public sealed class PostgresStoreHarness : StoreHarness
{
    private readonly ConcurrentBag<PostgresClaimStore> _stores = [];

    private PostgresStoreHarness(string adminConnectionString, string schema)
    {
        AdminConnectionString = adminConnectionString;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public string AdminConnectionString { get; }

    public string Schema { get; }

    /// <summary>The connection string the stores use: the test database with this harness's schema first in the search path.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresStoreHarness> CreateAsync()
    {
        var admin = PostgresTestEnvironment.RequireConnectionString();
        var harness = new PostgresStoreHarness(admin, "claimbot_t_" + Guid.NewGuid().ToString("N"));
        await harness.ExecuteAsync($"CREATE SCHEMA {harness.Schema};");
        return harness;
    }

    public override IClaimStore CreateStore() => CreatePostgresStore(ConnectionString, NullLogger<PostgresClaimStore>.Instance);

    public PostgresClaimStore CreatePostgresStore(string connectionString, ILogger<PostgresClaimStore> logger)
    {
        var store = new PostgresClaimStore(Options.Create(new StoreOptions { Provider = "Postgres", ConnectionString = connectionString }), Time, logger);
        _stores.Add(store);
        return store;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE;");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
