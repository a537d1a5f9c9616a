using System.Text.Unicode;
using ClaimBot.Platforms.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Reads a Slack request's raw body within the size limit, verifies its signature and refuses replays, all before
/// anything parses it.
/// </summary>
public sealed class SlackRequestReader(
    InboundBodyReader bodies,
    SlackSignatureVerifier verifier,
    SlackReplayGuard replays,
    InboundMetrics metrics,
    IOptions<SlackOptions> options,
    ILogger<SlackRequestReader> logger)
{
    /// <summary>The verified raw body, or the error response to send instead (413 too large, 400 abandoned or not UTF-8, 401 unsigned, stale, forged or replayed).</summary>
    public async Task<(byte[]? Body, IResult? Failure)> ReadVerifiedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxRequestBodyBytes;
        var read = await bodies.ReadAsync(request, limit, "slack", cancellationToken);
        if (read.FailureStatus == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TypedResults.Problem(
                detail: $"Slack requests are limited to {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large"));
        }

        if (read.Bytes is not { } body)
        {
            return (null, TypedResults.Problem(detail: "The request body was not received completely.", statusCode: StatusCodes.Status400BadRequest, title: "Incomplete request"));
        }

        var timestamp = request.Headers["X-Slack-Request-Timestamp"].ToString();
        var signature = request.Headers["X-Slack-Signature"].ToString();
        var result = verifier.Verify(timestamp, signature, body);
        if (result != SlackSignatureResult.Valid)
        {
            SlackLog.SignatureRejected(logger, request.Path, result);
            metrics.Refused("slack", result.ToString());
            return (null, Unauthorized(result == SlackSignatureResult.StaleTimestamp
                ? "X-Slack-Request-Timestamp is more than five minutes from now."
                : "The request is not signed with this app's Slack signing secret."));
        }

        if (!await replays.TryAcceptAsync(timestamp, signature, request.Headers["X-Slack-Retry-Num"].ToString(), cancellationToken))
        {
            SlackLog.Replayed(logger, request.Path);
            metrics.Refused("slack", "replay");
            return (null, Unauthorized("This signed request was already received; Slack sends retries with a new timestamp."));
        }

        if (!Utf8.IsValid(body))
        {
            SlackLog.MalformedPayload(logger, request.Path, "not valid UTF-8");
            return (null, TypedResults.Problem(detail: "The body is not valid UTF-8.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed Slack payload"));
        }

        return (body, null);
    }

    private static IResult Unauthorized(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Invalid Slack signature");
}
