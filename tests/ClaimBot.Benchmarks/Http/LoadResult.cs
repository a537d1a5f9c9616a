using ClaimBot.Benchmarks.SystemRun;

namespace ClaimBot.Benchmarks.Http;

/// <summary>One fixed-rate HTTP run: what was offered, what came back, and the acknowledgement latency from each request's scheduled send time. Degraded: Discord answers deferred (type 5) past the inline budget, Slack acks that said "busy".</summary>
internal sealed record LoadResult(
    string Name,
    int OfferedRate,
    int Sent,
    int Succeeded,
    int Failed,
    int Degraded,
    double Seconds,
    double AchievedRate,
    LatencyStats Latency,
    int? Delivered = null,
    double? DeliverySeconds = null);
