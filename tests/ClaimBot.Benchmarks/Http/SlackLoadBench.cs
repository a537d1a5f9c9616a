using System.Diagnostics;
using System.Globalization;
using ClaimBot.Benchmarks.Corpus;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Benchmarks.Http;

/// <summary>
/// <c>slack-load</c>: signed Slack <c>/ask</c> at a fixed open-loop rate against the web host over the seeds, with a
/// response_url that takes <c>--api-latency</c> ms to answer. Reports acknowledgements, "busy" refusals, delivered
/// answers, answer throughput and the work queue's length (sampled every 10 ms).
/// </summary>
internal static class SlackLoadBench
{
    private static readonly TimeSpan DeliveryWait = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(SlackLoadArguments arguments)
    {
        var sources = BenchPaths.CopySeeds("slack-load");
        var store = Path.Combine(BenchPaths.Scratch, "slack-load", "claims.db");
        BenchPaths.DeleteStore(store);
        var web = BenchWebApp.Build(sources, store, TimeSpan.FromMilliseconds(arguments.ApiLatencyMs), arguments.Concurrency);
        await web.App.StartAsync();
        var services = web.App.Services;
        await services.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        await services.GetRequiredService<ReloadCoordinator>().ReloadAsync(new ReloadRequest("bench", "bench"), null, CancellationToken.None);
        var jobs = services.GetRequiredService<SlackJobChannel>();
        var asks = BenchQueries.Seeds.Ask;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024 };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        Console.Error.WriteLine("slack-load: warm-up");
        await LoadGenerator.RunAsync("warm-up", client, web.BaseAddress,
            Enumerable.Range(0, 20).Select(i => web.Signer.SlackCommand(1_000_000 + i, "/ask", asks[i % asks.Count])).ToList(), 10, null);
        await WaitForDeliveriesAsync(web, 20, Stopwatch.GetTimestamp());

        var count = arguments.Rate * arguments.Seconds;
        Console.Error.WriteLine($"slack-load: /ask at {arguments.Rate}/s for {arguments.Seconds} s, API latency {arguments.ApiLatencyMs} ms");
        var before = web.SlackDeliveries;
        using var sampling = new CancellationTokenSource();
        var queue = SampleAsync(jobs, sampling.Token);
        var started = Stopwatch.GetTimestamp();
        var load = await LoadGenerator.RunAsync("Slack /ask", client, web.BaseAddress,
            Enumerable.Range(0, count).Select(i => web.Signer.SlackCommand(i, "/ask", asks[i % asks.Count])).ToList(), arguments.Rate,
            body => body.Contains("busy", StringComparison.OrdinalIgnoreCase));
        var expected = before + load.Succeeded - load.Degraded;
        var deliverySeconds = await WaitForDeliveriesAsync(web, expected, started);
        await sampling.CancelAsync();
        var (peak, mean) = await queue;

        var delivered = web.SlackDeliveries - before;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"| cores | Slack:Concurrency | API latency | offered | acked | busy | answers delivered | answers/s | ack p50 / p99 | queue peak / mean |");
        Console.WriteLine($"|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(inv,
            $"| {Environment.ProcessorCount} | {arguments.Concurrency?.ToString(inv) ?? "default (64)"} | {arguments.ApiLatencyMs} ms | {load.Sent} at {arguments.Rate}/s | {load.Succeeded} | {load.Degraded} | {delivered} | {delivered / deliverySeconds:F1} | {load.Latency.P50:F1} / {load.Latency.P99:F1} ms | {peak} / {mean:F1} |"));
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await web.App.StopAsync(stop.Token);
        }

        web.Signer.Dispose();
        return delivered == load.Succeeded - load.Degraded ? 0 : 1;
    }

    private static async Task<double> WaitForDeliveriesAsync(BenchWebApp web, int expected, long started)
    {
        while (web.SlackDeliveries < expected && Stopwatch.GetElapsedTime(started) < DeliveryWait)
        {
            await Task.Delay(10);
        }

        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<(int Peak, double Mean)> SampleAsync(SlackJobChannel jobs, CancellationToken cancellationToken)
    {
        var samples = new List<int>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                samples.Add(jobs.Count);
                await Task.Delay(10, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Sampling ends with the run.
        }

        return samples.Count == 0 ? (0, 0) : (samples.Max(), samples.Average());
    }
}
