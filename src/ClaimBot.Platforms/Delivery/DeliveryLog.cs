using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Delivery;

/// <summary>Outbound delivery log messages, event ids 7000–7049. Operations are token-free names; URLs are never logged.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "Delivery {Operation} for {Reference} failed ({Failure}); retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, string reference, string failure, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "Delivery {Operation} for {Reference} gave up after {Attempts} attempt(s): {Failure}")]
    public static partial void GaveUp(ILogger logger, string operation, string reference, int attempts, string failure);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Delivery {Operation} for {Reference} succeeded on attempt {Attempt}")]
    public static partial void RecoveredAfterRetry(ILogger logger, string operation, string reference, int attempt);
}
