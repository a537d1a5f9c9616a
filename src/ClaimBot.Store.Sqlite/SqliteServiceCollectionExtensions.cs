using ClaimBot.Core.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimBot.Store.Sqlite;

/// <summary>Registers the SQLite claims store.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteClaimStore"/> as the singleton <see cref="IClaimStore"/>. The database file is
    /// <see cref="StoreOptions.Path"/> from <c>IOptions&lt;StoreOptions&gt;</c>, which the host binds and validates.
    /// </summary>
    public static IServiceCollection AddSqliteClaimStore(this IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteClaimStore>();
        services.TryAddSingleton<IClaimStore>(provider => provider.GetRequiredService<SqliteClaimStore>());
        return services;
    }
}
