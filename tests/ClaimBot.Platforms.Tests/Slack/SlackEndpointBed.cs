namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>A test class's Slack world: a fake Slack, the adapter on Kestrel, a scripted runner and an in-memory store.</summary>
public abstract class SlackEndpointBed : IAsyncLifetime
{
    internal ScriptedSlackRunner Runner { get; } = new();

    internal InMemorySlackStateStore Store { get; } = new();

    internal FakeSlackServer Slack { get; private set; } = null!;

    internal SlackTestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackServer.StartAsync();
        App = await SlackTestApp.StartWithFakesAsync(Slack, Runner, Store);
    }

    public async Task DisposeAsync()
    {
        Runner.Gate?.Release(100);
        await App.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
