namespace ClaimBot.Platforms.Tests.Fakes;

/// <summary>Bounded polling for state a background client reaches eventually; the bound only stops a hang, it is no timing assertion.</summary>
internal static class Eventually
{
    private const int Polls = 1500;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>The first call that matches, once one has been recorded.</summary>
    public static async Task<FakeHttpCall> CallAsync(IEnumerable<FakeHttpCall> calls, Func<FakeHttpCall, bool> match, string server)
    {
        for (var i = 0; i < Polls; i++)
        {
            if (calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(Poll);
        }

        throw new TimeoutException($"{server} never received the expected call. Calls: " + string.Join(", ", calls.Select(c => c.Method + " " + c.Path)));
    }

    public static async Task TrueAsync(Func<bool> condition)
    {
        for (var i = 0; i < Polls && !condition(); i++)
        {
            await Task.Delay(Poll);
        }

        Assert.True(condition(), "The expected state was never reached.");
    }
}
