using System.Net;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Slack;

/// <summary>Sends a Slack request, waiting out HTTP 429 <c>Retry-After</c> a bounded number of times (SlackNet retries forever).</summary>
internal static class SlackRateLimitedSender
{
    // Slack asks for seconds; a minute is the most we hold a worker for one call.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http,
        Func<HttpRequestMessage> createRequest,
        int maxRetries,
        string target,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = createRequest();
            var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt > maxRetries)
            {
                return response;
            }

            var delay = RetryDelay(response, timeProvider);
            response.Dispose();
            SlackLog.RateLimited(logger, target, delay, attempt);
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan RetryDelay(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - timeProvider.GetUtcNow() : TimeSpan.FromSeconds(1));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxWait ? MaxWait : delay;
    }
}
