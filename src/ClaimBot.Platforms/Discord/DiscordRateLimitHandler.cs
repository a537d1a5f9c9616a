using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Honours Discord's 429s: waits <c>retry_after</c> (body) or <c>Retry-After</c> (header), pauses every call when the
/// limit is global, and retries at most <see cref="MaxRetries"/> times; a pause longer than
/// <see cref="DiscordOptions.MaxRetryAfter"/> is not waited out but returned to the caller as the 429 it is.
/// </summary>
public sealed class DiscordRateLimitHandler(
    DiscordRateLimitGate gate,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRateLimitHandler> logger) : DelegatingHandler
{
    public const int MaxRetries = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await gate.WaitAsync(cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var (retryAfter, global) = await ReadLimitAsync(response, cancellationToken);
            var scope = response.Headers.TryGetValues("X-RateLimit-Scope", out var scopes) ? scopes.FirstOrDefault() : null;
            // Only the resource kind is logged: the path also holds the interaction token.
            var route = request.RequestUri?.Segments.Select(s => s.Trim('/')).FirstOrDefault(s => s is "webhooks" or "applications" or "interactions") ?? "other";
            DiscordLog.RateLimited(logger, route, retryAfter.TotalSeconds, global, scope ?? "unknown", attempt + 1);
            if (attempt >= MaxRetries || retryAfter > options.Value.MaxRetryAfter)
            {
                return response;
            }

            if (global)
            {
                gate.PauseAll(retryAfter);
            }

            response.Dispose();
            await Task.Delay(retryAfter, time, cancellationToken);
        }
    }

    private static async Task<(TimeSpan RetryAfter, bool Global)> ReadLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? seconds = null;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var flags)
            && flags.Any(f => string.Equals(f, "true", StringComparison.OrdinalIgnoreCase));
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            if (body.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (body.RootElement.TryGetProperty("retry_after", out var after) && after.TryGetDouble(out var s))
                {
                    seconds = s;
                }

                global |= body.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            }
        }
        catch (JsonException)
        {
            // Cloudflare-level 429s come without a JSON body; the header still says how long to wait.
        }

        if (seconds is null && response.Headers.TryGetValues("Retry-After", out var header)
            && double.TryParse(header.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var h))
        {
            seconds = h;
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0, 3600)), global);
    }
}
