using ClaimBot.Core;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>
/// The Discord adapter over the real engine and a real SQLite store, reading a temp copy of the seeds plus one
/// source that quotes "@everyone", with a deliberately slow phraser.
/// </summary>
internal sealed class DiscordEngineHost : IAsyncDisposable
{
    public const string MentionSource = "Kremlin statement\n\nSergey Lavrov said that @everyone at the Astana talks was invited by Russia, and @here too.\n";

    private readonly string _folder;

    private DiscordEngineHost(DiscordTestHost host, string folder)
    {
        Host = host;
        _folder = folder;
    }

    public DiscordTestHost Host { get; }

    public SlowReplyPhraser Phraser => (SlowReplyPhraser)Host.Services.GetRequiredService<IReplyPhraser>();

    /// <param name="load">Reload the sources before returning (the /reload test does it through Discord instead).</param>
    public static async Task<DiscordEngineHost> StartAsync(bool load = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "claimbot-discord-" + Guid.NewGuid().ToString("N"));
        var sources = Path.Combine(folder, "sources");
        Directory.CreateDirectory(sources);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds")))
        {
            File.Copy(file, Path.Combine(sources, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(sources, "mention.txt"), MentionSource);
        var host = await DiscordTestHost.StartAsync(
            runner: null,
            o => o.InlineBudget = TimeSpan.FromMilliseconds(200),
            services =>
            {
                services.AddSingleton<IReplyPhraser, SlowReplyPhraser>();
                services.AddClaimBotCore();
                services.AddSqliteClaimStore();
                services.Configure<SourcesOptions>(o => o.Path = sources);
                services.Configure<StoreOptions>(o => o.Path = Path.Combine(folder, "claims.db"));
            });
        await host.Services.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        if (load)
        {
            var result = await host.Services.GetRequiredService<ReloadCoordinator>().ReloadAsync(new ReloadRequest("test", "cli"), null, CancellationToken.None);
            Assert.True(result.Succeeded, result.Error);
        }

        return new DiscordEngineHost(host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A lingering file handle only leaves a temp folder behind.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Repository root (ClaimBot.sln) not found.");
    }
}
