using System.Collections.Concurrent;
using System.Net;

namespace ClaimBot.Platforms.Tests.Delivery;

/// <summary>An in-process HTTP stub: each call runs the next step of a script (the last repeats) and is stamped with the fake clock.</summary>
internal sealed class ScriptedHandler(TimeProvider time, params Func<CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
{
    private int _calls;

    public ConcurrentQueue<DateTimeOffset> CallTimes { get; } = new();

    public int Calls => Volatile.Read(ref _calls);

    public static Func<CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status) =>
        _ => Task.FromResult(new HttpResponseMessage(status));

    public static Func<CancellationToken, Task<HttpResponseMessage>> Drop() =>
        _ => Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

    /// <summary>Never answers: only the attempt timeout ends it.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        CallTimes.Enqueue(time.GetUtcNow());
        var index = Math.Min(Interlocked.Increment(ref _calls) - 1, script.Length - 1);
        return script[index](cancellationToken);
    }
}
