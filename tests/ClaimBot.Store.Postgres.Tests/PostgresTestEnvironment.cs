namespace ClaimBot.Store.Postgres.Tests;

/// <summary>
/// Where the PostgreSQL tests get their server: <c>CLAIMBOT_TEST_POSTGRES</c> (an Npgsql connection string, set by
/// <c>.ci/postgres.sh</c>'s <c>pg_start</c>). Unset on a developer machine, the tests are skipped; unset with
/// <c>CI=true</c>, they run and fail, so CI can never pass without exercising PostgreSQL.
/// </summary>
public static class PostgresTestEnvironment
{
    public const string VariableName = "CLAIMBOT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the PostgreSQL tests are skipped here, or null when they must run.</summary>
    public static string? SkipReason => ConnectionString is null && !IsCi
        ? $"{VariableName} is not set: start a server with `source .ci/postgres.sh && pg_start` to run the PostgreSQL store tests."
        : null;

    public static string RequireConnectionString() => ConnectionString ?? throw new InvalidOperationException(
        $"{VariableName} is not set, and CI=true forbids skipping the PostgreSQL store tests; .ci/run must call pg_start from .ci/postgres.sh first.");
}
