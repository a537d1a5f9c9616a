using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Discord Gateway and mention log messages, event ids 5100–5129. Never logs the bot token or message text.</summary>
internal static partial class DiscordGatewayLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Discord Gateway session ready as bot user {BotUserId}")]
    public static partial void Ready(ILogger logger, string? botUserId);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Discord Gateway session resumed at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, long? sequence);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Discord Gateway connection ended ({Reason}); next: {Next}")]
    public static partial void Ended(ILogger logger, string reason, DiscordGatewayNext next);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Discord Gateway connect failed: {Error}; next attempt in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "No heartbeat ACK from Discord since the last heartbeat; closing the zombied connection to resume")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Critical, Message = "Discord closed the Gateway with {CloseCode} ({Meaning}); ClaimBot stops connecting until the configuration is fixed")]
    public static partial void Fatal(ILogger logger, int closeCode, string meaning);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Discord identify delayed {Delay} by the session start limit ({Remaining} of {Total} left today)")]
    public static partial void IdentifyDelayed(ILogger logger, TimeSpan delay, int remaining, int total);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "Discord Gateway payload skipped: {Reason}")]
    public static partial void BadFrame(ILogger logger, string reason);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Error, Message = "Discord Gateway client failed unexpectedly; restarting it")]
    public static partial void ClientFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Discord mention {MessageId} in channel {ChannelId} queued ({Kind})")]
    public static partial void MentionQueued(ILogger logger, string messageId, string channelId, string kind);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Discord message {MessageId} was already answered; redelivery ignored")]
    public static partial void Duplicate(ILogger logger, string messageId);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "Discord channel {ChannelId} reached its mention limit; message {MessageId} ignored")]
    public static partial void ChannelLimited(ILogger logger, string channelId, string messageId);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Information, Message = "Discord mention {MessageId} answered in {Where}")]
    public static partial void Answered(ILogger logger, string messageId, string where);

    [LoggerMessage(EventId = 5114, Level = LogLevel.Warning, Message = "Could not start a thread for Discord message {MessageId}; replying in the channel")]
    public static partial void ThreadFailed(ILogger logger, string messageId, Exception exception);

    [LoggerMessage(EventId = 5115, Level = LogLevel.Error, Message = "Discord mention {MessageId} failed")]
    public static partial void MentionFailed(ILogger logger, string messageId, Exception exception);

    [LoggerMessage(EventId = 5116, Level = LogLevel.Warning, Message = "Discord mention {MessageId} refused: the reply worker is stopping")]
    public static partial void NotQueued(ILogger logger, string messageId);

    [LoggerMessage(EventId = 5117, Level = LogLevel.Error, Message = "Discord mention {MessageId} went unanswered: the reply could not be delivered ({Reason})")]
    public static partial void ReplyFailed(ILogger logger, string messageId, string reason);

    [LoggerMessage(EventId = 5118, Level = LogLevel.Warning, Message = "Shared marker for Discord message {MessageId} unavailable ({Error}); relying on this instance's dedupe")]
    public static partial void MarkerFailed(ILogger logger, string messageId, string error);
}
