using System.Text.Json;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>
/// The check use case as the host builds it (core, SQLite store, phrasing) over <see cref="StanceCorpus"/>, twice on one
/// store: offline, and with a model at a fake OpenAI-compatible server on 127.0.0.1 whose answers each test scripts.
/// Tests using it run one at a time (one class), so <see cref="Script"/> is theirs while they run.
/// </summary>
public sealed class StanceCheckFixture : IAsyncLifetime
{
    public const int TimeoutSeconds = 5;

    // A verdict rewording that cites evidence nobody gave: the citation guard must turn it back into the offline reply.
    public const string InventedReply = "The museum burned down in Paris [9].";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimbot-stance-" + Guid.NewGuid().ToString("N"));
    private FakeOpenAiServer? _server;
    private ServiceProvider? _offline;
    private ServiceProvider? _model;

    public FakeTimeProvider Time { get; } = new();

    internal CapturingLoggerProvider Logs { get; } = new();

    /// <summary>What the model answers to a stance request (null: HTTP 500). Verdict phrasing requests get <see cref="InventedReply"/>.</summary>
    internal Func<StanceRequest, CancellationToken, Task<string?>> Script { get; private set; } = (_, _) => Task.FromResult<string?>(null);

    internal IReadOnlyList<StanceRequest> StanceRequests =>
        Server.Requests.Where(r => StanceRequest.IsStance(r.Body)).Select(r => StanceRequest.Read(r.Body)).ToList();

    internal IReadOnlyList<JsonElement> AllRequests => Server.Requests.Select(r => r.Body).ToList();

    public CheckUseCase Offline => (_offline ?? throw new InvalidOperationException("Not initialised.")).GetRequiredService<CheckUseCase>();

    public CheckUseCase Model => (_model ?? throw new InvalidOperationException("Not initialised.")).GetRequiredService<CheckUseCase>();

    internal IServiceProvider ModelServices => _model ?? throw new InvalidOperationException("Not initialised.");

    private FakeOpenAiServer Server => _server ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Starts a test: its own script, no requests or log entries from earlier tests.</summary>
    internal void Use(Func<StanceRequest, CancellationToken, Task<string?>> script)
    {
        Script = script;
        Server.Requests.Clear();
        Logs.Entries.Clear();
    }

    internal void Use(Func<StanceRequest, string?> script) => Use((request, _) => Task.FromResult(script(request)));

    /// <summary>Starts a test whose model never answers a stance request; the task completes once the model has been asked.</summary>
    internal Task UseSilentModel()
    {
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Use(async (_, cancellationToken) =>
        {
            asked.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        });
        return asked.Task;
    }

    public async Task InitializeAsync()
    {
        var sources = Path.Combine(_folder, "sources");
        Directory.CreateDirectory(sources);
        await File.WriteAllTextAsync(Path.Combine(sources, "museum-en.txt"), StanceCorpus.English);
        await File.WriteAllTextAsync(Path.Combine(sources, "museum-da.txt"), StanceCorpus.Danish);
        _server = await FakeOpenAiServer.ScriptedAsync((body, cancellationToken) =>
            StanceRequest.IsStance(body) ? Script(StanceRequest.Read(body), cancellationToken) : Task.FromResult<string?>(InventedReply));

        _offline = await BuildAsync(sources, null);
        _model = await BuildAsync(sources, o =>
        {
            o.Endpoint = Server.BaseUrl;
            o.Model = "m";
            o.TimeoutSeconds = TimeoutSeconds;
        });
        var result = await _offline.GetRequiredService<ReloadCoordinator>().ReloadAsync(new ReloadRequest("test", "test"), null, CancellationToken.None);
        if (!result.Succeeded || result.Added.Count != 2)
        {
            throw new InvalidOperationException("Fixture ingest failed: " + result.Error);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var services in new[] { _model, _offline })
        {
            if (services is not null)
            {
                await services.DisposeAsync();
            }
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<ServiceProvider> BuildAsync(string sources, Action<LlmOptions>? model)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            logging.AddProvider(Logs);
        });
        services.AddSingleton<TimeProvider>(Time);
        services.AddClaimBotCore();
        services.AddClaimBotPhrasing();
        services.Configure<SourcesOptions>(o => o.Path = sources);
        services.Configure<StoreOptions>(o => o.Path = Path.Combine(_folder, "claims.db"));
        services.AddSqliteClaimStore();
        services.Configure<LlmOptions>(o =>
        {
            o.PromptsPath = RepoPrompts.Path;
            model?.Invoke(o);
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        return provider;
    }
}
