using System.Security.Cryptography;
using System.Text;
using ClaimBot.Core.Reloading;
using ClaimBot.Host.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Host.Serving;

/// <summary>POST /admin/reload with "Authorization: Bearer &lt;Admin:Token&gt;": the one reload mechanism over HTTP.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/reload", ReloadAsync);
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult, UnauthorizedHttpResult, NotFound<ProblemDetailsBody>>> ReloadAsync(
        HttpContext context, IOptions<AdminOptions> options, ReloadCoordinator reloads, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("ClaimBot.Admin");
        if (string.IsNullOrEmpty(options.Value.Token))
        {
            return TypedResults.NotFound(new ProblemDetailsBody("The admin API is disabled: set Admin:Token to enable it."));
        }

        if (!Authorized(context.Request.Headers.Authorization.ToString(), options.Value.Token))
        {
            ServeLog.AdminRefused(logger, "missing or wrong bearer token");
            return TypedResults.Unauthorized();
        }

        var who = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await reloads.ReloadAsync(new ReloadRequest("admin@" + who, "http"), null, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(title: "Reload failed; the previous generation keeps serving.", detail: result.Error, statusCode: StatusCodes.Status500InternalServerError);
        }

        return TypedResults.Json(JsonContracts.Reload(result), JsonOutput.Options);
    }

    // Compare hashes so neither the token's content nor its length leaks through timing.
    private static bool Authorized(string header, string token)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>A ProblemDetails-shaped body for a disabled endpoint.</summary>
    public sealed record ProblemDetailsBody(string Detail)
    {
        public string Title => "Not found";

        public int Status => StatusCodes.Status404NotFound;
    }
}
