using Microsoft.Extensions.Logging;

namespace ClaimBot.Store.Sqlite;

/// <summary>Log messages of the SQLite store; event ids 3000–3099.</summary>
internal static partial class SqliteStoreLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "SQLite claims store: applied schema migration {Version}")]
    public static partial void MigrationApplied(ILogger logger, int version);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "SQLite claims store ready at {Path} (schema {Version}, generation {Generation})")]
    public static partial void Initialized(ILogger logger, string path, int version, long? generation);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Committed generation {Generation}: {Written} sources written, {Kept} kept, {Claims} claims written")]
    public static partial void GenerationCommitted(ILogger logger, long generation, int written, int kept, int claims);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Removed {SourceVersions} source versions no longer in the current generation")]
    public static partial void GarbageCollected(ILogger logger, int sourceVersions);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Removing old source versions failed; the next commit or start retries")]
    public static partial void GarbageCollectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Waiting for the reload lock {LockPath} held by another reload")]
    public static partial void ReloadLockWaiting(ILogger logger, string lockPath);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "Reload lock {LockPath} acquired")]
    public static partial void ReloadLockAcquired(ILogger logger, string lockPath);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "Reload lock {LockPath} released")]
    public static partial void ReloadLockReleased(ILogger logger, string lockPath);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "SQLite claims store is not available")]
    public static partial void Unavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Commit kept {Count} sources that are not in the current generation; they were ignored")]
    public static partial void UnknownKeptSources(ILogger logger, int count);
}
