using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Core.Tests.Documents;

public sealed class SourceIngestionTests
{
    private const string Article = "The port of Gdansk reopened on Friday after a week of storms, the harbour master said.\n\nShips had waited outside the port for six days.";

    [Fact]
    public async Task IngestAsync_BadFilesBesideGoodOne_SkipsEachWithReasonAndStoresTheRest()
    {
        using var folder = new TempFolder();
        var sources = Path.Combine(folder.Path, "sources");
        folder.Write("sources/gdansk.txt", Article);
        folder.Write("sources/empty.txt", []);
        folder.Write("sources/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        folder.Write("sources/latin1.txt", System.Text.Encoding.Latin1.GetBytes("Havnen i Århus åbnede igen fredag."));
        await using var services = await BuildAsync(folder, sources);

        var result = await services.GetRequiredService<SourceIngestor>().IngestAsync(null, CancellationToken.None);

        Assert.Equal(["gdansk.txt"], result.Added);
        Assert.Equal(["empty.txt", "image.txt", "latin1.txt"], result.Skipped.Select(s => s.File).Order(StringComparer.Ordinal));
        Assert.All(result.Skipped, s => Assert.DoesNotContain('\n', s.Reason));
        Assert.Contains(result.Skipped, s => s.File == "latin1.txt" && s.Reason.Contains("UTF-8", StringComparison.Ordinal));
        var stored = await services.GetRequiredService<IClaimStore>().GetClaimsAsync(null, CancellationToken.None);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, c => Assert.Equal("gdansk", c.SourceId));
    }

    [Fact]
    public async Task IngestAsync_UnchangedThenChangedThenRemoved_StoreFollowsTheFolder()
    {
        using var folder = new TempFolder();
        var sources = Path.Combine(folder.Path, "sources");
        folder.Write("sources/gdansk.txt", Article);
        await using var services = await BuildAsync(folder, sources);
        var ingestor = services.GetRequiredService<SourceIngestor>();
        var store = services.GetRequiredService<IClaimStore>();
        var first = await ingestor.IngestAsync(null, CancellationToken.None);

        var again = await ingestor.IngestAsync(null, CancellationToken.None);
        folder.Write("sources/gdansk.txt", "Storms closed the port of Gdansk again on Monday, the harbour master said.");
        var changed = await ingestor.IngestAsync(null, CancellationToken.None);
        var afterChange = await store.GetClaimsAsync(null, CancellationToken.None);
        File.Delete(Path.Combine(sources, "gdansk.txt"));
        var removed = await ingestor.IngestAsync(null, CancellationToken.None);

        Assert.Equal(["gdansk.txt"], again.Unchanged);
        Assert.Equal(first.Generation, again.Generation);
        Assert.Equal(["gdansk.txt"], changed.Changed);
        Assert.Equal("Storms closed the port of Gdansk again on Monday, the harbour master said.", Assert.Single(afterChange).Text);
        Assert.Equal(["gdansk.txt"], removed.Removed);
        Assert.Empty(await store.GetClaimsAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_Seeds_StoresBothWithMetadata()
    {
        using var folder = new TempFolder();
        var sources = Path.Combine(folder.Path, "sources");
        Directory.CreateDirectory(sources);
        foreach (var file in Directory.GetFiles(RepoSeeds.Path))
        {
            File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
        }

        await using var services = await BuildAsync(folder, sources);

        var result = await services.GetRequiredService<SourceIngestor>().IngestAsync(null, CancellationToken.None);
        var summaries = await services.GetRequiredService<IClaimStore>().GetSourcesAsync(CancellationToken.None);

        Assert.Empty(result.Skipped);
        Assert.Equal(["da", "en"], summaries.Select(s => s.Language).Order(StringComparer.Ordinal));
        var english = Assert.Single(summaries, s => s.Language == "en");
        Assert.Equal(("2017-01-19", "IANS"), (english.Date, english.Outlet));
        Assert.All(summaries, s => Assert.True(s.ClaimCount > 5));
    }

    private static async Task<ServiceProvider> BuildAsync(TempFolder folder, string sources)
    {
        Directory.CreateDirectory(sources);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimBotCore();
        services.Configure<StoreOptions>(o => o.Path = Path.Combine(folder.Path, "claims.db"));
        services.Configure<SourcesOptions>(o => o.Path = sources);
        services.AddSqliteClaimStore();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        return provider;
    }
}
