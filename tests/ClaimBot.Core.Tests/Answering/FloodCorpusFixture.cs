using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Core.Tests.Answering;

/// <summary>
/// Three invented reports on one flood, in English and Danish, written for the comparison tests: they state a fact
/// alike in two languages, give different death tolls and different counts of destroyed houses, name different people
/// for the same act, and report one fact as the police's words where another source states it.
/// </summary>
public sealed class FloodCorpusFixture : IAsyncLifetime
{
    private const string English = """
        Floods hit the Ribe valley

        date 2023-04-02

        The floods killed 120 people in the valley, officials confirmed on Sunday.

        The dam broke after three days of heavy rain.

        The storm damaged 40 houses in the region.

        Mayor Karen Holm opened the emergency shelter in the town hall.

        The bridge over the river was closed on Saturday.
        """;

    private const string Danish = """
        Oversvømmelser i Ribe

        date 2023-04-03

        Oversvømmelserne dræbte 140 mennesker i dalen.

        Stormen beskadigede 60 huse i regionen.

        Broen over floden blev lukket lørdag.
        """;

    private const string Wire = """
        Shelter opens as waters rise

        date 2023-04-02

        Minister Lars Vang opened the emergency shelter in the town hall.

        Rescue teams searched the valley for survivors.

        The dam broke after three days of heavy rain, police said.
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimbot-flood-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    private Dictionary<string, string> _texts = [];

    public CompareUseCase Compare => (_services ?? throw new InvalidOperationException("Not initialised.")).GetRequiredService<CompareUseCase>();

    /// <summary>The text of a stored claim.</summary>
    public string Text(string claimId) => _texts.GetValueOrDefault(claimId, "");

    public async Task InitializeAsync()
    {
        var sources = Path.Combine(_folder, "sources");
        Directory.CreateDirectory(sources);
        await File.WriteAllTextAsync(Path.Combine(sources, "flood-en.txt"), English);
        await File.WriteAllTextAsync(Path.Combine(sources, "flod-da.txt"), Danish);
        await File.WriteAllTextAsync(Path.Combine(sources, "wire.txt"), Wire);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimBotCore();
        services.Configure<SourcesOptions>(o => o.Path = sources);
        services.Configure<StoreOptions>(o => o.Path = Path.Combine(_folder, "claims.db"));
        services.AddSqliteClaimStore();
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        var result = await _services.GetRequiredService<ReloadCoordinator>().ReloadAsync(new ReloadRequest("test", "test"), null, CancellationToken.None);
        if (!result.Succeeded || result.Added.Count != 3)
        {
            throw new InvalidOperationException("Fixture ingest failed: " + result.Error);
        }

        _texts = (await _services.GetRequiredService<IClaimStore>().GetClaimsAsync(null, CancellationToken.None)).ToDictionary(c => c.Id, c => c.Text);
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
