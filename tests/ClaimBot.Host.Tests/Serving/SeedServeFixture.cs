namespace ClaimBot.Host.Tests.Serving;

/// <summary>One running host over the seeds, shared by a class's tests that do not change the sources.</summary>
public sealed class SeedServeFixture : IAsyncLifetime
{
    private ServeTestHost? _host;

    internal TestWorkspace Workspace { get; } = TestWorkspace.WithSeeds();

    internal ServeTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await ServeTestHost.StartAsync(Workspace);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Workspace.Dispose();
    }
}
