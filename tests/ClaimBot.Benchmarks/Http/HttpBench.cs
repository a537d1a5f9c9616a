using System.Diagnostics;
using ClaimBot.Benchmarks.Corpus;

namespace ClaimBot.Benchmarks.Http;

/// <summary>
/// Signed Discord and Slack traffic at a fixed offered rate against <see cref="BenchWebApp"/>: Discord PINGs (signature
/// and pipeline only), Discord /ask (answered inline within the acknowledgement), and Slack /ask (acknowledged at once,
/// answered by the worker through response_url, whose deliveries are counted too).
/// </summary>
internal static class HttpBench
{
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(90);

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(BenchWebApp web, BenchQueries queries, int rate, int seconds, Action<string> log)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 2048, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2) };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var signer = web.Signer;
        var count = rate * seconds;
        var asks = queries.Ask;

        log("http: warm-up");
        await LoadGenerator.RunAsync("warm-up", client, web.BaseAddress,
            Enumerable.Range(0, Math.Min(200, count)).Select(i => i % 2 == 0 ? signer.DiscordPing(i) : signer.DiscordCommand(i, "ask", "question", asks[i % asks.Count])).ToList(),
            Math.Max(1, rate / 5), null);

        var results = new List<LoadResult>();
        log($"http: discord PING at {rate}/s for {seconds} s");
        results.Add(await LoadGenerator.RunAsync("Discord PING", client, web.BaseAddress,
            Enumerable.Range(0, count).Select(signer.DiscordPing).ToList(), rate, null));

        // Slack first: Discord /ask beyond capacity leaves a backlog of abandoned inline answers that would slow every later run.
        log($"http: slack /ask at {rate}/s for {seconds} s");
        var before = web.SlackDeliveries;
        var started = Stopwatch.GetTimestamp();
        var slack = await LoadGenerator.RunAsync("Slack /ask (ack, queued)", client, web.BaseAddress,
            Enumerable.Range(0, count).Select(i => signer.SlackCommand(i, "/ask", asks[i % asks.Count])).ToList(), rate,
            body => body.Contains("busy", StringComparison.OrdinalIgnoreCase));
        var expected = slack.Succeeded - slack.Degraded;
        while (web.SlackDeliveries - before < expected && Stopwatch.GetElapsedTime(started) < DeliveryWait)
        {
            await Task.Delay(50);
        }

        results.Add(slack with { Delivered = web.SlackDeliveries - before, DeliverySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds });

        var sustainable = Math.Max(1, rate / 50);
        log($"http: discord /ask at {sustainable}/s for {seconds} s");
        results.Add(await LoadGenerator.RunAsync("Discord /ask (inline answer)", client, web.BaseAddress,
            Enumerable.Range(0, sustainable * seconds).Select(i => signer.DiscordCommand(20_000_000 + i, "ask", "question", asks[i % asks.Count])).ToList(), sustainable,
            body => body.Contains("\"type\":5", StringComparison.Ordinal)));

        log($"http: discord /ask at {rate}/s for {seconds} s");
        results.Add(await LoadGenerator.RunAsync("Discord /ask (inline answer)", client, web.BaseAddress,
            Enumerable.Range(0, count).Select(i => signer.DiscordCommand(10_000_000 + i, "ask", "question", asks[i % asks.Count])).ToList(), rate,
            body => body.Contains("\"type\":5", StringComparison.Ordinal)));
        return results;
    }
}
