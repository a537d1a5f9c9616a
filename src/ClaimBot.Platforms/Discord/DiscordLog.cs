using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord;

/// <summary>Discord adapter log messages, event ids 5000–5099. Never logs tokens, keys or message text.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Warning, Message = "Rejected a Discord interaction with a missing or invalid signature")]
    public static partial void BadSignature(ILogger logger);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Discord interaction body is not a valid interaction payload")]
    public static partial void BadPayload(ILogger logger);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Discord interaction {InteractionId} type {Type} command {Command}")]
    public static partial void Received(ILogger logger, string interactionId, int type, string? command);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Discord interaction {InteractionId} answered inline")]
    public static partial void AnsweredInline(ILogger logger, string interactionId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Discord interaction {InteractionId} deferred; the reply follows as an edit")]
    public static partial void Deferred(ILogger logger, string interactionId);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Discord interaction {InteractionId} reply delivered")]
    public static partial void Delivered(ILogger logger, string interactionId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "Discord command for interaction {InteractionId} failed")]
    public static partial void CommandFailed(ILogger logger, string interactionId, Exception exception);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Error, Message = "Could not deliver the reply for Discord interaction {InteractionId}")]
    public static partial void DeliveryFailed(ILogger logger, string interactionId, Exception exception);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: retry after {RetryAfterSeconds} s (global {Global}, scope {Scope}, attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, bool global, string scope, int attempt);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Refused admin command {Command} for Discord user {UserId}")]
    public static partial void AdminRefused(ILogger logger, string command, string? userId);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Discord reply worker stopping with {Count} replies in flight")]
    public static partial void Draining(ILogger logger, int count);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Reload progress edit for Discord interaction {InteractionId} failed")]
    public static partial void ProgressFailed(ILogger logger, string interactionId, Exception exception);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Discord commands registered ({Scope}): {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged")]
    public static partial void Registered(ILogger logger, string scope, int added, int updated, int removed, int unchanged);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Warning, Message = "Evidence for Discord button {StateKey} is unknown or expired")]
    public static partial void EvidenceMissing(ILogger logger, string stateKey);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Error, Message = "Could not replace the deferred message of Discord interaction {InteractionId} with an apology either")]
    public static partial void ApologyFailed(ILogger logger, string interactionId, Exception exception);

    [LoggerMessage(EventId = 5015, Level = LogLevel.Warning, Message = "Rejected a signed Discord interaction with a stale or unreadable timestamp {Timestamp} (replay)")]
    public static partial void StaleRequest(ILogger logger, string timestamp);

    [LoggerMessage(EventId = 5016, Level = LogLevel.Information, Message = "Discord input refused for {Id} (interaction or message): {Option} has {Length} characters, the limit is {Limit}")]
    public static partial void InputTooLong(ILogger logger, string id, string option, int length, int limit);
}
