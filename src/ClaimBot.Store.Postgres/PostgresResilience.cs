using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace ClaimBot.Store.Postgres;

/// <summary>Retry on transient PostgreSQL errors (failover, restart, connection limits, serialization failures).</summary>
internal static class PostgresResilience
{
    public static ResiliencePipeline Create(ILogger logger) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(IsTransient),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = arguments =>
            {
                PostgresStoreLog.TransientRetry(logger, arguments.Outcome.Exception, arguments.AttemptNumber + 1, arguments.RetryDelay);
                return default;
            },
        })
        .Build();

    // A restart or failover terminates sessions (57P01 admin_shutdown, 57P02 crash_shutdown); a fresh pooled
    // connection then succeeds, so those count as transient too.
    private static bool IsTransient(NpgsqlException exception) =>
        exception.IsTransient || exception is PostgresException { SqlState: "57P01" or "57P02" or "57P03" };
}
