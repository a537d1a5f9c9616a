using System.Diagnostics;
using ClaimBot.Core.Reloading;

namespace ClaimBot.Benchmarks.Engine;

/// <summary>
/// Records, synchronously, when a reload reported its last file: the ingestor reports the final file before it
/// commits, so start → last report is the read + extract loop and last report → end is the store commit.
/// </summary>
internal sealed class PhaseClock : IProgress<ReloadProgress>
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public TimeSpan? LoopDone { get; private set; }

    public void Report(ReloadProgress value)
    {
        if (value.Done == value.Total)
        {
            LoopDone = Stopwatch.GetElapsedTime(_start);
        }
    }
}
