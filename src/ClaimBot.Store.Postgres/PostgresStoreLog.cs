using Microsoft.Extensions.Logging;

namespace ClaimBot.Store.Postgres;

/// <summary>Log messages of the PostgreSQL store; event ids 3100–3199. Connection details are logged without credentials.</summary>
internal static partial class PostgresStoreLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "PostgreSQL claims store: applied schema migration {Version}")]
    public static partial void MigrationApplied(ILogger logger, int version);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "PostgreSQL claims store ready on {Host}:{Port}/{Database} (search path {SearchPath}, schema {Version}, generation {Generation})")]
    public static partial void Initialized(ILogger logger, string? host, int port, string? database, string? searchPath, int version, long? generation);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Committed generation {Generation}: {Written} sources written, {Kept} kept, {Claims} claims written")]
    public static partial void GenerationCommitted(ILogger logger, long generation, int written, int kept, int claims);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Removed {SourceVersions} source versions no longer in the current generation")]
    public static partial void GarbageCollected(ILogger logger, int sourceVersions);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Removing old source versions failed; the next commit or start retries")]
    public static partial void GarbageCollectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Debug, Message = "Reload advisory lock acquired")]
    public static partial void ReloadLockAcquired(ILogger logger);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Debug, Message = "Reload advisory lock released")]
    public static partial void ReloadLockReleased(ILogger logger);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Warning, Message = "PostgreSQL claims store is not available")]
    public static partial void Unavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Warning, Message = "Transient PostgreSQL error; retry {Attempt} in {Delay}")]
    public static partial void TransientRetry(ILogger logger, Exception? exception, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Warning, Message = "Commit kept {Count} sources that are not in the current generation; they were ignored")]
    public static partial void UnknownKeptSources(ILogger logger, int count);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Warning, Message = "Releasing the reload advisory lock failed; closing its connection releases it")]
    public static partial void ReloadLockReleaseFailed(ILogger logger, Exception exception);
}
