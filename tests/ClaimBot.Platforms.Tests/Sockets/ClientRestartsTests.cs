using ClaimBot.Platforms.Sockets;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Sockets;

public sealed class ClientRestartsTests
{
    [Fact]
    public async Task RunAsync_ClientFails_ReportsAndRestartsItAfterThePause()
    {
        var time = new FakeTimeProvider();
        var runs = 0;
        var failures = new List<Exception>();

        var running = ClientRestarts.RunAsync(
            _ => ++runs == 1 ? throw new InvalidOperationException("boom") : Task.CompletedTask,
            TimeSpan.FromSeconds(30),
            time,
            failures.Add,
            CancellationToken.None);
        var runsBeforePause = runs;
        time.Advance(TimeSpan.FromSeconds(30));
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, runsBeforePause);
        Assert.Equal(2, runs);
        Assert.Equal("boom", Assert.Single(failures).Message);
    }
}
