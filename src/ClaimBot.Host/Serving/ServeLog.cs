using Microsoft.Extensions.Logging;

namespace ClaimBot.Host.Serving;

/// <summary>Host log events (1000–1099).</summary>
internal static partial class ServeLog
{
    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Engine warmed up: {Claims} claims indexed, language models and concept tables ({Languages}) loaded in {Milliseconds} ms")]
    public static partial void WarmedUp(ILogger logger, int claims, string languages, long milliseconds);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Engine warm-up failed ({Reason}); the first question loads what it needs")]
    public static partial void WarmUpFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Store loaded: generation {Generation}")]
    public static partial void Loaded(ILogger logger, long? generation);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Start-up reload failed; serving the stored generation {Generation}: {Error}")]
    public static partial void StartupReloadFailed(ILogger logger, long? generation, string? error);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Admin reload refused: {Reason}")]
    public static partial void AdminRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Watching {Folder} for source changes")]
    public static partial void Watching(ILogger logger, string folder);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Sources folder changed; reloading")]
    public static partial void WatchTriggered(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Start-up store load failed; readiness stays false until a reload succeeds")]
    public static partial void LoadFailed(ILogger logger, Exception exception);
}
