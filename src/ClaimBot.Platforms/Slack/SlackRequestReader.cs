using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>Reads a Slack request's raw body within the size limit and verifies its signature before anything parses it.</summary>
public sealed class SlackRequestReader(SlackSignatureVerifier verifier, IOptions<SlackOptions> options, ILogger<SlackRequestReader> logger)
{
    /// <summary>The verified raw body, or the error response to send instead (413 too large, 401 unsigned, stale or forged).</summary>
    public async Task<(byte[]? Body, IResult? Failure)> ReadVerifiedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxRequestBodyBytes;
        var body = request.ContentLength > limit ? null : await ReadLimitedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            SlackLog.BodyTooLarge(logger, request.Path, limit);
            return (null, TypedResults.Problem(
                detail: $"Slack requests are limited to {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large"));
        }

        var result = verifier.Verify(
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body);
        if (result != SlackSignatureResult.Valid)
        {
            SlackLog.SignatureRejected(logger, request.Path, result);
            return (null, TypedResults.Problem(
                detail: result == SlackSignatureResult.StaleTimestamp
                    ? "X-Slack-Request-Timestamp is more than five minutes from now."
                    : "The request is not signed with this app's Slack signing secret.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Invalid Slack signature"));
        }

        return (body, null);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
