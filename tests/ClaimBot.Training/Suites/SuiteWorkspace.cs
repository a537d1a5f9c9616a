using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Reloading;
using ClaimBot.Core.Retrieval;
using ClaimBot.Host.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Training.Suites;

/// <summary>The engine over one suite's sources, in process: the same composition as the claimbot executable, a store of its own.</summary>
public sealed class SuiteWorkspace : IAsyncDisposable
{
    private readonly IHost _host;

    private SuiteWorkspace(IHost host, IReadOnlyDictionary<string, string> files)
    {
        _host = host;
        SourceFiles = files;
    }

    /// <summary>Source id → file name.</summary>
    public IReadOnlyDictionary<string, string> SourceFiles { get; }

    public EvidenceSearch Search => _host.Services.GetRequiredService<EvidenceSearch>();

    public EngineModel Model => _host.Services.GetRequiredService<EngineModel>();

    public ClaimIndexCache Indexes => _host.Services.GetRequiredService<ClaimIndexCache>();

    public static async Task<SuiteWorkspace> OpenAsync(Suite suite, string storeDir, string? modelPath, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var settings = new Dictionary<string, string?>
        {
            ["Sources:Path"] = suite.SourcesPath,
            ["Store:Path"] = Path.Combine(storeDir, suite.Name + ".db"),
        };
        if (modelPath is not null)
        {
            settings["Judging:ModelPath"] = modelPath;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddClaimBot(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var reload = await host.Services.GetRequiredService<ReloadCoordinator>().ReloadAsync(new ReloadRequest("training", "cli"), null, cancellationToken);
        if (!reload.Succeeded)
        {
            throw new InvalidOperationException($"Ingesting {suite.Name} failed: {reload.Error}");
        }

        var sources = await host.Services.GetRequiredService<IClaimStore>().GetSourcesAsync(cancellationToken);
        return new SuiteWorkspace(host, sources.ToDictionary(s => s.Id, s => Path.GetFileName(s.File), StringComparer.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
