using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>Slack Socket Mode log messages, event ids 6100–6119. Never logs tokens or the one-use connection URL.</summary>
internal static partial class SlackSocketModeLog
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Slack Socket Mode connection {Connection} ready (Slack reports {Connections} connection(s))")]
    public static partial void Connected(ILogger logger, int connection, int connections);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Slack Socket Mode connect failed: {Error}; next attempt in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Slack Socket Mode connection {Connection} ended: {Reason}")]
    public static partial void Ended(ILogger logger, int connection, SlackDisconnectReason reason);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Slack asked connection {Connection} to disconnect ({Reason})")]
    public static partial void DisconnectRequested(ILogger logger, int connection, string reason);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Error, Message = "Slack disabled Socket Mode for this app (link_disabled); ClaimBot stops connecting until restarted")]
    public static partial void LinkDisabled(ILogger logger);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Debug, Message = "Slack envelope {EnvelopeId} ({Type}) acknowledged on connection {Connection}")]
    public static partial void Acked(ILogger logger, string envelopeId, string type, int connection);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Information, Message = "Slack redelivered envelope {EnvelopeId}; acknowledged again without new work")]
    public static partial void Redelivered(ILogger logger, string envelopeId);

    [LoggerMessage(EventId = 6107, Level = LogLevel.Warning, Message = "Slack envelope {EnvelopeId} not acknowledged (the work queue is full); Slack will redeliver it")]
    public static partial void NotAcked(ILogger logger, string envelopeId);

    [LoggerMessage(EventId = 6108, Level = LogLevel.Warning, Message = "Slack Socket Mode message on connection {Connection} could not be read")]
    public static partial void BadMessage(ILogger logger, int connection, Exception exception);

    [LoggerMessage(EventId = 6109, Level = LogLevel.Warning, Message = "Slack Socket Mode connection {Connection} broke ({Error}: {Reason}); replacing it")]
    public static partial void ConnectionBroke(ILogger logger, int connection, WebSocketError error, string reason);

    [LoggerMessage(EventId = 6111, Level = LogLevel.Error, Message = "Slack Socket Mode connection {Connection} stopped reading unexpectedly; replacing it")]
    public static partial void ReceiveFailed(ILogger logger, int connection, Exception exception);

    [LoggerMessage(EventId = 6110, Level = LogLevel.Error, Message = "Slack Socket Mode client failed unexpectedly; reconnecting")]
    public static partial void ClientFailed(ILogger logger, Exception exception);
}
