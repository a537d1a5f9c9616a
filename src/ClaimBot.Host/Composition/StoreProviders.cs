using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Composition;

/// <summary>Store providers other than the default.</summary>
internal static class StoreProviders
{
    public static void AddPostgres(IServiceCollection services) =>
        throw new NotSupportedException("Store:Provider=Postgres is not available in this build.");
}
