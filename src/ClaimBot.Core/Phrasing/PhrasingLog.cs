using Microsoft.Extensions.Logging;

namespace ClaimBot.Core.Phrasing;

/// <summary>Phrasing log events, ids 4000-4099. Reasons and kinds only: never reply, source or user text, never the API key.</summary>
internal static partial class PhrasingLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Loaded {Count} reply prompt functions from {Directory}")]
    public static partial void PromptsLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "No model configured (Llm:Endpoint, Llm:Model): {Count} reply prompt functions use the offline phrasing")]
    public static partial void OfflineMode(ILogger logger, int count);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "{Count} reply prompt functions are phrased by model {Model} at {Host}, {TimeoutSeconds}s per call")]
    public static partial void ModelMode(ILogger logger, int count, string model, string host, int timeoutSeconds);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Debug, Message = "Model reply for {Kind} passed the citation guard")]
    public static partial void ModelReplyAccepted(ILogger logger, ReplyKind kind);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Model reply for {Kind} rejected: {Reason}; using the offline phrasing")]
    public static partial void ModelReplyRejected(ILogger logger, ReplyKind kind, string reason);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Model call for {Kind} failed ({Error}); using the offline phrasing")]
    public static partial void ModelCallFailed(ILogger logger, ReplyKind kind, string error);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "Model call for {Kind} took longer than Llm:TimeoutSeconds={TimeoutSeconds}; using the offline phrasing")]
    public static partial void ModelCallTimedOut(ILogger logger, ReplyKind kind, int timeoutSeconds);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Debug, Message = "Model judged the stance of {Judged} of {Offered} offered candidates for a check")]
    public static partial void StancesJudged(ILogger logger, int judged, int offered);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "Model stance judgements rejected: {Reason}; the offline judge decides the verdict")]
    public static partial void StancesRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "Model stance call failed ({Error}); the offline judge decides the verdict")]
    public static partial void StanceCallFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Warning, Message = "Model stance call took longer than Llm:TimeoutSeconds={TimeoutSeconds}; the offline judge decides the verdict")]
    public static partial void StanceCallTimedOut(ILogger logger, int timeoutSeconds);
}
