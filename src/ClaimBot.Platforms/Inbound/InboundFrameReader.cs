using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Inbound;

/// <summary>
/// Parses a Socket Mode envelope or Gateway payload with the rules of a platform HTTP body (<see cref="InboundJson"/>):
/// a frame over the limit, not UTF-8, not JSON, or holding a lone surrogate escape is refused with one warning line
/// (no stack trace) and counted in <c>claimbot.requests.refused</c>; the connection reads on.
/// </summary>
public sealed class InboundFrameReader(InboundMetrics metrics, ILogger<InboundFrameReader> logger)
{
    /// <summary>The parsed frame, every string in it decodable, or null when it was refused. The caller disposes it.</summary>
    public JsonDocument? Read(ReadOnlyMemory<byte> frame, string platform, int maxBytes)
    {
        if (frame.Length > maxBytes)
        {
            InboundLog.FrameRefused(logger, platform, $"larger than {maxBytes} bytes");
            metrics.Refused(platform, "too_large");
            return null;
        }

        var document = InboundJson.Parse(frame, out var error);
        if (document is null)
        {
            InboundLog.FrameRefused(logger, platform, error);
            metrics.Refused(platform, "malformed");
        }

        return document;
    }
}
