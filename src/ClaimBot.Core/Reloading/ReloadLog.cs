using Microsoft.Extensions.Logging;

namespace ClaimBot.Core.Reloading;

/// <summary>Reload and ingestion log events (2000–2099).</summary>
internal static partial class ReloadLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Reload started by {RequestedBy} from {Origin}")]
    public static partial void Started(ILogger logger, string requestedBy, string origin);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Reload finished: generation {Generation}, {Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged, {Skipped} skipped, {Claims} claims, {ElapsedMs} ms")]
    public static partial void Finished(ILogger logger, long? generation, int added, int changed, int removed, int unchanged, int skipped, int claims, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Source {File} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Reload failed; the previous generation keeps serving")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Reload requested while one runs; it will run once more afterwards")]
    public static partial void Coalesced(ILogger logger);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Source {File} could not be processed; skipped, the other files go on")]
    public static partial void FileFailed(ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Reload cancelled because the host is stopping; the previous generation keeps serving")]
    public static partial void Cancelled(ILogger logger);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Debug, Message = "Sources as stored ({Origin}): generation {Generation}, {Unchanged} unchanged, {Skipped} skipped, {ElapsedMs} ms; no reload, no audit record")]
    public static partial void UpToDate(ILogger logger, string origin, long? generation, int unchanged, int skipped, long elapsedMs);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug, Message = "Comparing the sources with the store failed; reloading instead")]
    public static partial void CheckFailed(ILogger logger, Exception exception);
}
