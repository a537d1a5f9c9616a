using ClaimBot.Platforms.Sockets;

namespace ClaimBot.Platforms.Tests.Sockets;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Fact]
    public void Delay_NoFailureYet_ReconnectsAtOnce()
    {
        Assert.Equal(TimeSpan.Zero, ReconnectBackoff.Delay(0, Base, Max, 0.99));
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(3, 0.5, 3000)]
    [InlineData(10, 1.0, 30_000)]
    [InlineData(1000, 0.0, 15_000)]
    public void Delay_AfterFailures_DoublesUpToTheCapWithHalfOfItJittered(int failures, double jitter, double expectedMs)
    {
        Assert.Equal(expectedMs, ReconnectBackoff.Delay(failures, Base, Max, jitter).TotalMilliseconds, precision: 3);
    }
}
