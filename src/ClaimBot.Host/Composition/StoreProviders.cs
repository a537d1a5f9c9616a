using ClaimBot.Store.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Composition;

/// <summary>Store providers other than the default SQLite.</summary>
internal static class StoreProviders
{
    public static void AddPostgres(IServiceCollection services) => services.AddPostgresClaimStore();
}
