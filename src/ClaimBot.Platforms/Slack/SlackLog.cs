using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack;

/// <summary>Slack adapter log messages, event ids 6000–6099. Never logs tokens, secrets or full user text.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "Slack request to {Path} rejected: {Reason}")]
    public static partial void SignatureRejected(ILogger logger, string path, SlackSignatureResult reason);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Malformed Slack payload at {Path}: {Reason}")]
    public static partial void MalformedPayload(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Slack {Kind} from {UserId} queued")]
    public static partial void JobQueued(ILogger logger, string kind, string userId);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Slack work queue full; {Kind} refused")]
    public static partial void QueueFull(ILogger logger, string kind);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Duplicate Slack event {EventId} ignored (retry {RetryNum}, reason {RetryReason})")]
    public static partial void DuplicateEvent(ILogger logger, string eventId, string? retryNum, string? retryReason);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Debug, Message = "Slack event of type {Type} ignored")]
    public static partial void IgnoredEvent(ILogger logger, string type);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Error, Message = "Slack {Kind} job failed")]
    public static partial void JobFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Error, Message = "Slack Web API {Method} failed: {Error}")]
    public static partial void WebApiError(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Error, Message = "Slack response_url post failed: {Error}")]
    public static partial void ResponseUrlFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "Slack reload refused for non-admin {UserId}")]
    public static partial void ReloadRefused(ILogger logger, string userId);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Information, Message = "Slack evidence state {Key} is unknown or expired")]
    public static partial void EvidenceStateMissing(ILogger logger, string key);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Warning, Message = "Slack shared event marker unavailable; relying on this instance's dedupe cache")]
    public static partial void EventMarkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Information, Message = "Unknown Slack command {Command}")]
    public static partial void UnknownCommand(ILogger logger, string command);

    [LoggerMessage(EventId = 6015, Level = LogLevel.Debug, Message = "Socket Mode envelope of type {Type} not dispatched")]
    public static partial void EnvelopeIgnored(ILogger logger, string type);

    [LoggerMessage(EventId = 6016, Level = LogLevel.Warning, Message = "Slack reload progress post failed")]
    public static partial void ProgressPostFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6017, Level = LogLevel.Warning, Message = "Could not save Slack evidence state; the reply goes out without it")]
    public static partial void EvidenceStateSaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6018, Level = LogLevel.Information, Message = "Slack worker stopped with {Count} job(s) possibly unfinished")]
    public static partial void WorkerStopped(ILogger logger, int count);

    [LoggerMessage(EventId = 6019, Level = LogLevel.Warning, Message = "Slack request to {Path} refused: the same signed request was already accepted (replay)")]
    public static partial void Replayed(ILogger logger, string path);

    [LoggerMessage(EventId = 6020, Level = LogLevel.Warning, Message = "Shared Slack replay marker unavailable; relying on this instance's memory")]
    public static partial void ReplayMarkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6021, Level = LogLevel.Information, Message = "Slack {Kind} from {UserId} refused: {Length} characters, the limit is {Limit}")]
    public static partial void InputTooLong(ILogger logger, string kind, string userId, int length, int limit);
}
