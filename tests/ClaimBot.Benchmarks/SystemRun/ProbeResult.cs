using ClaimBot.Benchmarks.Http;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>What one serving process measured over an existing store (written by <c>probe</c> as JSON, read by <c>system</c>).</summary>
internal sealed record ProbeResult(
    double StartToFirstAnswerMs,
    double ProcessStartToFirstAnswerMs,
    LatencyStats Ask,
    LatencyStats Check,
    LatencyStats Compare,
    LatencyStats RawSearchAsk,
    LatencyStats RawSearchCheck,
    LatencyStats AnalyzeAsk,
    LatencyStats RetrieveAsk,
    LatencyStats FetchClaimsAsk,
    double AnsweredShare,
    double PeakRssServingMb,
    double ManagedHeapMb,
    double? PeakRssAfterHttpMb,
    IReadOnlyList<LoadResult> Http);
