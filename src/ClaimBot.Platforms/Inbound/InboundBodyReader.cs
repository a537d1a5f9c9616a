using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Inbound;

/// <summary>
/// Reads a platform request's raw body before any signature work: a declared or streamed (chunked) body over the limit
/// is refused with 413 as soon as the limit is passed, and a client that abandons its body mid-way costs a debug line
/// and a counter (<see cref="InboundMetrics"/>), not a fail-level stack trace.
/// </summary>
public sealed class InboundBodyReader(InboundMetrics metrics, ILogger<InboundBodyReader> logger)
{
    private const int ChunkBytes = 16 * 1024;

    public async Task<InboundBody> ReadAsync(HttpRequest request, int limit, string platform, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return TooLarge(request, limit, platform);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return TooLarge(request, limit, platform);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // The client went away (or sent less than it announced); nobody is left to read an answer.
            var path = request.Path.Value ?? string.Empty;
            var reason = ex.GetType().Name;
            InboundLog.BodyAbandoned(logger, platform, path, reason);

            metrics.Abandoned(platform);
            return InboundBody.Abandoned;
        }

        return new InboundBody(buffer.ToArray(), null);
    }

    private InboundBody TooLarge(HttpRequest request, int limit, string platform)
    {
        InboundLog.BodyTooLarge(logger, platform, request.Path, limit);
        metrics.Refused(platform, "too_large");
        return InboundBody.TooLarge;
    }
}
