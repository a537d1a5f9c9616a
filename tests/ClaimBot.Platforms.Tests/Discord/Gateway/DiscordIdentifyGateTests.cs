using ClaimBot.Platforms.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

public sealed class DiscordIdentifyGateTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task WaitAsync_SessionStartsLeft_ReturnsAtOnce()
    {
        var gate = new DiscordIdentifyGate(_time);

        var waited = await gate.WaitAsync(new DiscordSessionStartLimit(1000, 999, 0, 1), CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, waited);
    }

    [Fact]
    public async Task WaitAsync_NoSessionStartsLeft_WaitsUntilTheLimitResets()
    {
        var gate = new DiscordIdentifyGate(_time);

        var wait = gate.WaitAsync(new DiscordSessionStartLimit(1000, 0, 60_000, 1), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(59));
        var doneEarly = wait.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(1));
        var waited = await wait.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(doneEarly);
        Assert.Equal(TimeSpan.FromSeconds(60), waited);
    }

    [Fact]
    public async Task WaitAsync_SecondIdentifyWithinFiveSeconds_WaitsForTheWindowAtMaxConcurrencyOne()
    {
        var gate = new DiscordIdentifyGate(_time);
        var limit = new DiscordSessionStartLimit(1000, 999, 0, 1);
        await gate.WaitAsync(limit, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));

        var second = gate.WaitAsync(limit, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));
        var doneEarly = second.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(1));
        var waited = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(doneEarly);
        Assert.Equal(TimeSpan.FromSeconds(3), waited);
    }

    [Fact]
    public async Task WaitAsync_MaxConcurrencyTwo_LetsTwoIdentifiesThroughTogether()
    {
        var gate = new DiscordIdentifyGate(_time);
        var limit = new DiscordSessionStartLimit(1000, 999, 0, 2);

        var first = await gate.WaitAsync(limit, CancellationToken.None);
        var second = await gate.WaitAsync(limit, CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.Zero, second);
    }
}
