using ClaimBot.Core.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ClaimBot.Host.Serving;

/// <summary>GET /health/live (the process answers) and GET /health/ready (the store is loaded and reachable).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/health");
        group.MapGet("/live", () => TypedResults.Ok(new { Status = "live" }));
        group.MapGet("/ready", ReadyAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<ReadyBody>, JsonHttpResult<ReadyBody>>> ReadyAsync(IClaimStore store, ServingState state, CancellationToken cancellationToken)
    {
        var available = await store.IsAvailableAsync(cancellationToken);
        var generation = available ? await store.GetCurrentGenerationAsync(cancellationToken) : null;
        var body = new ReadyBody(state.Loaded && available ? "ready" : "not ready", state.Loaded, available, generation);
        return state.Loaded && available
            ? TypedResults.Ok(body)
            : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Readiness details.</summary>
    public sealed record ReadyBody(string Status, bool Loaded, bool StoreAvailable, long? Generation);
}
