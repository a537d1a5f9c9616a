using ClaimBot.Core.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimBot.Store.Postgres;

/// <summary>Registers the PostgreSQL claims store.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PostgresClaimStore"/> as the singleton <see cref="IClaimStore"/>, connecting with
    /// <see cref="StoreOptions.ConnectionString"/> from <c>IOptions&lt;StoreOptions&gt;</c>. The container disposes
    /// its connection pool. Call <see cref="IClaimStore.InitializeAsync"/> at start to migrate.
    /// </summary>
    public static IServiceCollection AddPostgresClaimStore(this IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostgresClaimStore>();
        services.TryAddSingleton<IClaimStore>(provider => provider.GetRequiredService<PostgresClaimStore>());
        return services;
    }
}
