using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Inbound;

/// <summary>Inbound request and socket frame log messages, event ids 7050–7099. Bodies and frames are never logged.</summary>
internal static partial class InboundLog
{
    [LoggerMessage(EventId = 7050, Level = LogLevel.Debug, Message = "{Platform} request to {Path}: body abandoned by the client ({Reason})")]
    public static partial void BodyAbandoned(ILogger logger, string platform, string path, string reason);

    [LoggerMessage(EventId = 7051, Level = LogLevel.Warning, Message = "{Platform} request to {Path} refused: body larger than {Limit} bytes")]
    public static partial void BodyTooLarge(ILogger logger, string platform, string path, int limit);

    [LoggerMessage(EventId = 7052, Level = LogLevel.Warning, Message = "{Platform} socket frame refused: {Reason}")]
    public static partial void FrameRefused(ILogger logger, string platform, string reason);
}
