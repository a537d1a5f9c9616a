using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Core.Tests.Answering;

/// <summary>A real engine over a temp SQLite store holding <see cref="AnsweringCorpus"/>; shared by the answering tests (read-only).</summary>
public sealed class AnsweringFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimbot-answering-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public AskUseCase Ask => Services.GetRequiredService<AskUseCase>();

    public CheckUseCase Check => Services.GetRequiredService<CheckUseCase>();

    public CompareUseCase Compare => Services.GetRequiredService<CompareUseCase>();

    public IClaimStore Store => Services.GetRequiredService<IClaimStore>();

    public async Task InitializeAsync()
    {
        var sources = Path.Combine(_folder, "sources");
        Directory.CreateDirectory(sources);
        await File.WriteAllTextAsync(Path.Combine(sources, "ntb-fisheries.txt"), AnsweringCorpus.English);
        await File.WriteAllTextAsync(Path.Combine(sources, "dk-fiskeri.txt"), AnsweringCorpus.Danish);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimBotCore();
        services.Configure<SourcesOptions>(o => o.Path = sources);
        services.Configure<StoreOptions>(o => o.Path = Path.Combine(_folder, "claims.db"));
        services.AddSqliteClaimStore();
        _services = services.BuildServiceProvider();
        await Store.InitializeAsync(CancellationToken.None);
        var result = await Services.GetRequiredService<ReloadCoordinator>().ReloadAsync(new ReloadRequest("test", "test"), null, CancellationToken.None);
        if (!result.Succeeded || result.Added.Count != 2)
        {
            throw new InvalidOperationException("Fixture ingest failed: " + result.Error);
        }
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
