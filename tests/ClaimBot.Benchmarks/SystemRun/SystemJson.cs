using System.Text.Json;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>JSON settings shared by the probe's output and the runner's <c>--json</c> report.</summary>
internal static class SystemJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };
}
