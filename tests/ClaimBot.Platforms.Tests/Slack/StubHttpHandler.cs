using System.Collections.Concurrent;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>Answers outbound HTTP calls from a script and records each request with its body.</summary>
internal sealed class StubHttpHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int _calls;

    public ConcurrentQueue<(HttpRequestMessage Request, string Body)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request, body));
        var index = Math.Min(Interlocked.Increment(ref _calls) - 1, script.Length - 1);
        return script[index]();
    }
}
