using System.Diagnostics;
using ClaimBot.Benchmarks.SystemRun;

namespace ClaimBot.Benchmarks.Http;

/// <summary>
/// An open-loop load generator on loopback: request i is due at start + i / rate and is sent then whether or not earlier
/// ones have answered; latency counts from the due time, so a stalled server is not hidden by a stalled client
/// (no coordinated omission). Bounded by count (rate x seconds) and by a hard deadline.
/// </summary>
internal static class LoadGenerator
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task<LoadResult> RunAsync(
        string name, HttpClient client, Uri baseAddress, IReadOnlyList<SignedRequest> requests, int rate, Func<string, bool>? isBusy)
    {
        var count = requests.Count;
        var latencies = new double[count];
        var outcome = new int[count];
        var tasks = new List<Task>(count);
        using var abort = new CancellationTokenSource(Deadline);
        var start = Stopwatch.GetTimestamp();
        var next = 0;
        while (next < count && !abort.IsCancellationRequested)
        {
            var due = (int)Math.Min(count, Stopwatch.GetElapsedTime(start).TotalSeconds * rate + 1);
            for (; next < due; next++)
            {
                var scheduled = start + (long)(next * (double)Stopwatch.Frequency / rate);
                tasks.Add(SendAsync(client, baseAddress, requests[next], next, scheduled, latencies, outcome, isBusy, abort.Token));
            }

            await Task.Delay(1);
        }

        try
        {
            await Task.WhenAll(tasks);
        }
        catch (OperationCanceledException)
        {
            // Counted as failures below.
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var succeeded = outcome.Count(o => o > 0);
        var samples = latencies.Where((_, i) => outcome[i] > 0).ToList();
        return new LoadResult(name, rate, next, succeeded, count - succeeded, outcome.Count(o => o == 2), seconds,
            succeeded / seconds, LatencyStats.From(samples));
    }

    private static async Task SendAsync(HttpClient client, Uri baseAddress, SignedRequest request, int index, long scheduled,
        double[] latencies, int[] outcome, Func<string, bool>? isBusy, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            using var message = request.ToMessage(baseAddress);
            using var response = await client.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            latencies[index] = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
            outcome[index] = !response.IsSuccessStatusCode ? 0 : isBusy?.Invoke(body) == true ? 2 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            outcome[index] = 0;
        }
    }
}
