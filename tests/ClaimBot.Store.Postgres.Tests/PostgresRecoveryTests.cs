using ClaimBot.Core.Claims;
using ClaimBot.Store.Contract;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimBot.Store.Postgres.Tests;

/// <summary>Scale-out behaviour: instances hear about commits, and survive their connections being killed.</summary>
public sealed class PostgresRecoveryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [StoreFact]
    public async Task GetClaimsAsync_PooledConnectionsTerminated_RecoversByItself()
    {
        await using var harness = await PostgresStoreHarness.CreateAsync();
        var applicationName = "claimbot-recovery-" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(harness.ConnectionString) { ApplicationName = applicationName }.ConnectionString;
        var store = harness.CreatePostgresStore(connectionString, NullLogger<PostgresClaimStore>.Instance);
        await store.InitializeAsync(None);
        await store.CommitGenerationAsync(new GenerationChange([], [TestSources.Source("a", 2)]), None);

        await harness.ScalarAsync($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{applicationName}';");
        var claims = await store.GetClaimsAsync(null, None);
        var available = await store.IsAvailableAsync(None);

        Assert.Equal(2, claims.Count);
        Assert.True(available);
    }

    [StoreFact]
    public async Task CommitGenerationAsync_Committed_NotifiesListenersWithSchemaAndGeneration()
    {
        await using var harness = await PostgresStoreHarness.CreateAsync();
        var store = harness.CreateStore();
        await store.InitializeAsync(None);
        await using var listener = new NpgsqlConnection(harness.ConnectionString);
        await listener.OpenAsync();
        var payloads = new List<string>();
        listener.Notification += (_, e) => payloads.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresClaimStore.GenerationChannel};", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var generation = await store.CommitGenerationAsync(new GenerationChange([], [TestSources.Source("a", 1)]), None);
        // The channel is shared by every schema on the server, and tests running in parallel commit too: wait for this
        // schema's notification and assert on those only (the payload names the schema so listeners can do exactly this).
        var ours = new Func<List<string>>(() => payloads.Where(p => p.StartsWith(harness.Schema + ":", StringComparison.Ordinal)).ToList());
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (ours().Count == 0)
        {
            await listener.WaitAsync(wait.Token);
        }

        Assert.Equal($"{harness.Schema}:{generation}", Assert.Single(ours()));
    }
}
