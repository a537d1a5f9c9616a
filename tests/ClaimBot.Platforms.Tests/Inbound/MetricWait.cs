using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace ClaimBot.Platforms.Tests.Inbound;

/// <summary>Waits (bounded) until a counter reaches a value; polling keeps the tests free of timing assumptions.</summary>
internal static class MetricWait
{
    public static async Task<long> ForAsync(MetricCollector<long> collector, long atLeast)
    {
        for (var i = 0; i < 500; i++)
        {
            var total = collector.GetMeasurementSnapshot().Sum(m => m.Value);
            if (total >= atLeast)
            {
                return total;
            }

            await Task.Delay(20);
        }

        return collector.GetMeasurementSnapshot().Sum(m => m.Value);
    }
}
