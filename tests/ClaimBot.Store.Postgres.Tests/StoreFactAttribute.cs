using ClaimBot.Store.Postgres.Tests;

namespace ClaimBot.Store.Contract;

/// <summary>A contract or PostgreSQL test: skipped without a server on a developer machine, never skipped in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
    public StoreFactAttribute()
    {
        Skip = PostgresTestEnvironment.SkipReason;
    }
}
