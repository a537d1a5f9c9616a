using System.Diagnostics;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>Latency percentiles in milliseconds (nearest rank).</summary>
internal sealed record LatencyStats(int Count, double P50, double P99, double Max, double Mean)
{
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.99), sorted[^1], sorted.Average());
    }

    public static double Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;

    /// <summary>Runs <paramref name="action"/> once per item and returns each call's latency.</summary>
    public static async Task<LatencyStats> MeasureAsync<T>(IEnumerable<T> items, Func<T, Task> action)
    {
        var samples = new List<double>();
        foreach (var item in items)
        {
            var start = Stopwatch.GetTimestamp();
            await action(item);
            samples.Add(Since(start));
        }

        return From(samples);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
