namespace ClaimBot.Host.Tests.Cli;

/// <summary>A seeds workspace ingested once through <c>claimbot ingest</c>, shared by a class's read-only CLI tests.</summary>
public sealed class SeedStoreFixture : IAsyncLifetime
{
    internal TestWorkspace Workspace { get; } = TestWorkspace.WithSeeds();

    internal CliRun Ingest { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync() => Ingest = await CliRunner.RunAsync(Workspace.ConfigurationArgs, "ingest", "--json");

    public Task DisposeAsync()
    {
        Workspace.Dispose();
        return Task.CompletedTask;
    }
}
