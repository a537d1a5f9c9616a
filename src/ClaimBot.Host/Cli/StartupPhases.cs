using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Host.Cli;

/// <summary>
/// Debug-level timings of a CLI run's phases (issue 16: where start-up time goes), measured from the process start so
/// the runtime's own start counts too, with the JIT's share (time and methods compiled so far), the bytes allocated and
/// the working set, which together tell loading data from compiling code. Off (and free) unless ClaimBot.Host.Cli logs
/// at Debug, e.g. <c>--Logging:LogLevel:ClaimBot.Host.Cli=Debug</c>.
/// </summary>
public sealed partial class StartupPhases(ILogger<StartupPhases> logger)
{
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public void Done(string phase)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var sinceStartMs = (long)(DateTime.UtcNow - _processStart).TotalMilliseconds;
        var jitMs = (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var allocatedMb = GC.GetTotalAllocatedBytes() / (1024 * 1024);
        var workingSetMb = Environment.WorkingSet / (1024 * 1024);
        PhaseDone(logger, phase, sinceStartMs, jitMs, jitMethods, allocatedMb, workingSetMb);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Phase {Phase} done at {SinceProcessStartMs} ms after the process started; JIT so far {JitMs} ms, {JitMethods} methods; {AllocatedMb} MB allocated, working set {WorkingSetMb} MB")]
    private static partial void PhaseDone(ILogger logger, string phase, long sinceProcessStartMs, long jitMs, long jitMethods, long allocatedMb, long workingSetMb);
}
