using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ClaimBot.Platforms.Delivery;

/// <summary>
/// Sends one outbound platform call (Slack response_url and chat.postMessage, Discord edits and follow-ups) through a
/// Polly pipeline: exponential backoff with jitter on transport errors and 5xx, Retry-After on 429, every attempt
/// bounded, and the whole delivery bounded by the platform's window (<see cref="DeliveryTarget.Deadline"/>).
/// Inject it and call <see cref="SendAsync"/> from any HTTP client (HTTP interactions, Socket Mode, Gateway alike).
/// </summary>
public sealed class ResilientSender(TimeProvider time, IOptions<DeliveryOptions> options, ILogger<ResilientSender> logger)
{
    // Polly refuses timeouts below 10 ms; a window that short is closed for practical purposes.
    private static readonly TimeSpan MinimumWindow = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Sends the request <paramref name="createRequest"/> builds (called once per attempt, so content is fresh) and
    /// returns the final response: a success, a status that is not retried (4xx), or the last retryable status when
    /// the attempts or the window ran out. Throws <see cref="DeliveryFailedException"/> when no response came at all.
    /// Every final failure is logged once (event 7001) with <see cref="DeliveryTarget.Reference"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> createRequest, DeliveryTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(createRequest);
        ArgumentNullException.ThrowIfNull(target);
        var window = target.Deadline - time.GetUtcNow();
        if (window < MinimumWindow)
        {
            DeliveryLog.GaveUp(logger, target.Operation, target.Reference, 0, "the platform's window has closed");
            throw new DeliveryFailedException(target.Operation, 0, "the platform's window has closed");
        }

        var attempts = 0;
        var pipeline = Build(target, window, cancellationToken);
        try
        {
            var response = await pipeline.ExecuteAsync(
                async token =>
                {
                    // A retry delay and the window's timeout can end at the same instant; whichever timer the clock
                    // runs first, no attempt starts once the window has closed.
                    if (time.GetUtcNow() >= target.Deadline)
                    {
                        throw new TimeoutRejectedException("the platform's window has closed");
                    }

                    Interlocked.Increment(ref attempts);
                    using var request = createRequest();
                    return await http.SendAsync(request, token);
                },
                cancellationToken);
            if (IsRetryable(response.StatusCode))
            {
                DeliveryLog.GaveUp(logger, target.Operation, target.Reference, attempts, Describe(response));
            }
            else if (attempts > 1)
            {
                DeliveryLog.RecoveredAfterRetry(logger, target.Operation, target.Reference, attempts);
            }

            return response;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsTransportFailure(ex))
        {
            var reason = ex is TimeoutRejectedException && attempts > 0 && time.GetUtcNow() >= target.Deadline - MinimumWindow
                ? "the platform's window has closed"
                : Describe(ex);
            DeliveryLog.GaveUp(logger, target.Operation, target.Reference, attempts, reason);
            throw new DeliveryFailedException(target.Operation, attempts, reason, ex);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> Build(DeliveryTarget target, TimeSpan window, CancellationToken callerToken)
    {
        var settings = options.Value;
        var rateLimited = 0;
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(1, settings.MaxAttempts - 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.BaseDelay,
            MaxDelay = settings.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(settings.MaxAttempts > 1 && ShouldRetry(args.Outcome, target, callerToken, ref rateLimited)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            OnRetry = args =>
            {
                var failure = args.Outcome.Exception is { } ex ? Describe(ex) : Describe(args.Outcome.Result!);
                DeliveryLog.Retrying(logger, target.Operation, target.Reference, failure, args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        };

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(window)
            .AddRetry(retry)
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, DeliveryTarget target, CancellationToken callerToken, ref int rateLimited)
    {
        if (callerToken.IsCancellationRequested)
        {
            return false;
        }

        if (time.GetUtcNow() >= target.Deadline)
        {
            return false;
        }

        if (outcome.Exception is { } ex)
        {
            // No response arrived. A POST whose connection dropped may in rare cases have been processed; a duplicate
            // is the price of never losing an answer. A POST that merely timed out is likely still being processed.
            return ex switch
            {
                TimeoutRejectedException or TaskCanceledException => target.Idempotent,
                _ => IsTransportFailure(ex),
            };
        }

        var response = outcome.Result!;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            if (rateLimited >= target.RateLimitRetries || RetryAfter(response) > options.Value.MaxRetryAfter)
            {
                return false;
            }

            rateLimited++;
            return true;
        }

        return IsRetryable(response.StatusCode);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        if (response?.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static bool IsTransportFailure(Exception ex) =>
        ex is HttpRequestException or IOException or TimeoutRejectedException or TaskCanceledException;

    private static string Describe(HttpResponseMessage response) => $"HTTP {(int)response.StatusCode}";

    // Exception messages of HttpClient can carry the request URL (a response_url or webhook token): log the kind only.
    private static string Describe(Exception ex) => ex switch
    {
        HttpRequestException { HttpRequestError: var error } => $"transport error ({error})",
        TimeoutRejectedException or TaskCanceledException => "attempt timed out",
        _ => ex.GetType().Name,
    };
}
