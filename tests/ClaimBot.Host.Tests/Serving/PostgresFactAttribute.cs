namespace ClaimBot.Host.Tests.Serving;

/// <summary>
/// A fact that needs the PostgreSQL server from <c>CLAIMBOT_TEST_POSTGRES</c> (set by <c>.ci/postgres.sh</c>): skipped on a
/// developer machine without one, run (and failing) under <c>CI=true</c>, so CI never passes without exercising it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string VariableName = "CLAIMBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        var isCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (ConnectionString is null && !isCi)
        {
            Skip = $"{VariableName} is not set: `source .ci/postgres.sh && pg_start` runs the scale-out tests.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;
}
