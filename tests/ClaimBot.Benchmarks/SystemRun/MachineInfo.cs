using System.Runtime.InteropServices;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>The machine a run was made on, for the results table.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, double MemoryGb, string Os, string Runtime, string DateUtc)
{
    public static MachineInfo Current()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return new MachineInfo(
            cpu ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Environment.ProcessorCount,
            Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0, 1),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
    }

    public override string ToString() => $"{Cpu}, {Cores} cores, {MemoryGb} GB, {Os}, {Runtime}, {DateUtc}";
}
