using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimBot.Platforms.Inbound;

/// <summary>Registers the shared inbound guards used by the Discord and Slack endpoints, the Socket Mode client and the Gateway.</summary>
public static class InboundServiceCollectionExtensions
{
    public static IServiceCollection AddInboundGuards(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<InboundMetrics>();
        services.TryAddSingleton<InboundBodyReader>();
        services.TryAddSingleton<InboundFrameReader>();
        return services;
    }
}
