using System.Diagnostics.Metrics;

namespace ClaimBot.Platforms.Inbound;

/// <summary>Counters for refused and abandoned platform requests (meter <c>ClaimBot.Platforms</c>), so floods show in metrics, not in logs.</summary>
public sealed class InboundMetrics
{
    public const string MeterName = "ClaimBot.Platforms";

    private readonly Counter<long> _abandoned;
    private readonly Counter<long> _refused;

    public InboundMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _abandoned = meter.CreateCounter<long>("claimbot.requests.abandoned", description: "Requests whose body the client abandoned mid-way.");
        _refused = meter.CreateCounter<long>("claimbot.requests.refused", description: "Requests refused before processing (too large, malformed, replayed, stale).");
    }

    public void Abandoned(string platform) => _abandoned.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Refused(string platform, string reason) =>
        _refused.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("reason", reason));
}
