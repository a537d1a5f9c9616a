using System.Diagnostics;
using System.Globalization;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>Resident memory of this process in MB: peak (VmHWM) and current (VmRSS) from /proc, else the Process API.</summary>
internal static class MemoryStats
{
    public static double PeakRssMb() => ProcStatus("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;

    public static double CurrentRssMb() => ProcStatus("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64 / 1048576.0;

    public static double ManagedHeapMb() => GC.GetTotalMemory(false) / 1048576.0;

    private static double? ProcStatus(string key)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var kb = line?[key.Length..].Trim().Split(' ')[0];
        return kb is null ? null : double.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
    }
}
