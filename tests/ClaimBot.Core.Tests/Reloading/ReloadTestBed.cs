using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>
/// One test's reload world: a temp sources folder the test writes, a real SQLite store in the same temp folder,
/// and the engine as the host registers it, with the store seen through a <see cref="ObservedClaimStore"/>.
/// </summary>
internal sealed class ReloadTestBed : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ReloadTestBed(string root, ServiceProvider services)
    {
        Root = root;
        _services = services;
    }

    public string Root { get; }

    public string SourcesPath => Path.Combine(Root, "sources");

    public string DatabasePath => Path.Combine(Root, "claims.db");

    public ObservedClaimStore Store => (ObservedClaimStore)_services.GetRequiredService<IClaimStore>();

    public ReloadCoordinator Coordinator => _services.GetRequiredService<ReloadCoordinator>();

    public AskUseCase Ask => _services.GetRequiredService<AskUseCase>();

    /// <param name="lifetime">The host lifetime whose stopping cancels reloads; none by default.</param>
    public static async Task<ReloadTestBed> CreateAsync(long maxFileBytes = 1024 * 1024, IHostApplicationLifetime? lifetime = null, bool followSymlinks = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "claimbot-reload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "sources"));
        var services = new ServiceCollection();
        services.AddLogging();
        if (lifetime is not null)
        {
            services.AddSingleton(lifetime);
        }

        // Registered before the SQLite store's TryAdd, so every engine part sees the observed store.
        services.AddSingleton<IClaimStore>(sp => new ObservedClaimStore(sp.GetRequiredService<SqliteClaimStore>()));
        services.AddClaimBotCore();
        services.AddSqliteClaimStore();
        services.Configure<SourcesOptions>(o =>
        {
            o.Path = Path.Combine(root, "sources");
            o.MaxFileBytes = maxFileBytes;
            o.FollowSymlinks = followSymlinks;
        });
        services.Configure<StoreOptions>(o => o.Path = Path.Combine(root, "claims.db"));
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        return new ReloadTestBed(root, provider);
    }

    public Task WriteAsync(string file, string text) => File.WriteAllTextAsync(Path.Combine(SourcesPath, file), text);

    public Task WriteBytesAsync(string file, byte[] bytes) => File.WriteAllBytesAsync(Path.Combine(SourcesPath, file), bytes);

    public void Delete(string file) => File.Delete(Path.Combine(SourcesPath, file));

    public Task<ReloadResult> ReloadAsync(string who = "test") =>
        Coordinator.ReloadAsync(new ReloadRequest(who, "cli"), null, CancellationToken.None);

    /// <summary>Reloads and fails the test unless the reload succeeded.</summary>
    public async Task<ReloadResult> ReloadOkAsync()
    {
        var result = await ReloadAsync();
        Assert.True(result.Succeeded, result.Error);
        return result;
    }

    /// <summary>A second, independent store instance over the same database file (another process, or the next start).</summary>
    public SqliteClaimStore OpenSecondStore() =>
        new(Options.Create(new StoreOptions { Path = DatabasePath }), TimeProvider.System, NullLogger<SqliteClaimStore>.Instance);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle only leaves a temp folder behind.
        }
    }
}
