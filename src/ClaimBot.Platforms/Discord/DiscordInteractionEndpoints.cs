using System.Globalization;
using ClaimBot.Platforms.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord;

/// <summary>Maps Discord's Interactions Endpoint URL: <c>POST /discord/interactions</c>.</summary>
public static class DiscordInteractionEndpoints
{
    public const string Route = "/discord/interactions";

    // Interaction payloads are a few KB; anything near this is not from Discord.
    private const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Maps the endpoint; it answers 404 while Discord is not configured (no Discord:PublicKey).</summary>
    public static RouteHandlerBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync).DisableAntiforgery().ExcludeFromDescription();

    private static async Task<Results<JsonHttpResult<DiscordInteractionResponse>, UnauthorizedHttpResult, BadRequest, NotFound, StatusCodeHttpResult>> HandleAsync(
        HttpContext context,
        IOptions<DiscordOptions> options,
        InboundBodyReader bodies,
        InboundMetrics metrics,
        DiscordSignatureVerifier verifier,
        DiscordInteractionHandler handler,
        TimeProvider time,
        ILogger<DiscordInteractionHandler> logger)
    {
        if (!options.Value.IsEnabled)
        {
            return TypedResults.NotFound();
        }

        // The size limit comes before any signature work; the signature covers the raw bytes, so they are read and
        // verified before anything parses them.
        var read = await bodies.ReadAsync(context.Request, MaxBodyBytes, "discord", context.RequestAborted);
        if (read.Bytes is not { } body)
        {
            return TypedResults.StatusCode(read.FailureStatus ?? StatusCodes.Status400BadRequest);
        }

        var headers = context.Request.Headers;
        var timestamp = headers["X-Signature-Timestamp"].ToString();
        if (!verifier.Verify(headers["X-Signature-Ed25519"], timestamp, body))
        {
            DiscordLog.BadSignature(logger);
            metrics.Refused("discord", "signature");
            return TypedResults.Unauthorized();
        }

        var now = time.GetUtcNow();
        if (!IsFresh(timestamp, now, options.Value.MaxRequestAge))
        {
            DiscordLog.StaleRequest(logger, timestamp);
            metrics.Refused("discord", "stale");
            return TypedResults.Unauthorized();
        }

        var interaction = DiscordInteractionParser.Parse(body);
        if (interaction is null)
        {
            DiscordLog.BadPayload(logger);
            metrics.Refused("discord", "malformed");
            return TypedResults.BadRequest();
        }

        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            acknowledged.TrySetResult();
            return Task.CompletedTask;
        });
        var response = await handler.HandleAsync(interaction with { ReceivedAt = now }, acknowledged.Task, context.RequestAborted);
        return TypedResults.Json(response, DiscordJson.Options, "application/json");
    }

    // The signed timestamp (Unix seconds) proves when Discord sent the request; an old one is a replay.
    private static bool IsFresh(string timestamp, DateTimeOffset now, TimeSpan maxAge) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(now.ToUnixTimeSeconds() - seconds) <= (long)maxAge.TotalSeconds;
}
