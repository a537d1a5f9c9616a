using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Delivery;

/// <summary>Registers <see cref="ResilientSender"/> and its validated options; safe to call from every platform adapter.</summary>
public static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddResilientDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DeliveryOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>());
        services.TryAddSingleton<ResilientSender>();
        return services;
    }
}
