using ClaimBot.Core;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Benchmarks.Engine;

/// <summary>
/// The engine as <c>claimbot serve</c> composes it (core, SQLite store, Semantic Kernel phrasing with no model, so the
/// offline filter answers), without the web host: for in-process figures.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private EngineHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<EngineHost> StartAsync(string sourcesPath, string storePath, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        AddEngine(services, sourcesPath, storePath);
        var host = new EngineHost(services.BuildServiceProvider());
        await host.Get<IClaimStore>().InitializeAsync(cancellationToken);
        return host;
    }

    /// <summary>The same registrations as the host's composition root, with options set directly instead of bound.</summary>
    public static void AddEngine(IServiceCollection services, string sourcesPath, string storePath)
    {
        services.AddLogging();
        services.Configure<SourcesOptions>(o => o.Path = sourcesPath);
        services.Configure<StoreOptions>(o => o.Path = storePath);
        services.Configure<LlmOptions>(o => o.PromptsPath = Path.Combine(BenchPaths.RepositoryRoot(), "prompts"));
        services.AddClaimBotCore();
        services.AddClaimBotPhrasing();
        services.AddSqliteClaimStore();
    }

    public Task<ReloadResult> ReloadAsync(CancellationToken cancellationToken, IProgress<ReloadProgress>? progress = null) =>
        Get<ReloadCoordinator>().ReloadAsync(new ReloadRequest("bench", "bench"), progress, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
