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

    private static async Task<Results<JsonHttpResult<DiscordInteractionResponse>, UnauthorizedHttpResult, BadRequest, NotFound>> HandleAsync(
        HttpContext context,
        IOptions<DiscordOptions> options,
        DiscordSignatureVerifier verifier,
        DiscordInteractionHandler handler,
        TimeProvider time,
        ILogger<DiscordInteractionHandler> logger)
    {
        if (!options.Value.IsEnabled)
        {
            return TypedResults.NotFound();
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.BadRequest();
        }

        // The signature covers the raw bytes, so they are read and verified before anything parses them.
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        var headers = context.Request.Headers;
        if (body is null || !verifier.Verify(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            DiscordLog.BadSignature(logger);
            return TypedResults.Unauthorized();
        }

        var interaction = DiscordInteractionParser.Parse(body) is { } parsed ? parsed with { ReceivedAt = time.GetUtcNow() } : null;
        if (interaction is null)
        {
            DiscordLog.BadPayload(logger);
            return TypedResults.BadRequest();
        }

        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            acknowledged.TrySetResult();
            return Task.CompletedTask;
        });
        var response = await handler.HandleAsync(interaction, acknowledged.Task, context.RequestAborted);
        return TypedResults.Json(response, DiscordJson.Options, "application/json");
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
