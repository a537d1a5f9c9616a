using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Registers Discord mentions over the Gateway beside the HTTP interactions adapter; it connects only when <c>Discord:Gateway:Enabled</c>.</summary>
public static class DiscordGatewayServiceCollectionExtensions
{
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IDiscordGatewayClient)))
        {
            return services;
        }

        services.AddDiscordInteractions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordGatewayOptionsValidator>());
        services.TryAddSingleton<DiscordIdentifyGate>();
        services.TryAddSingleton<DiscordChannelRateLimiter>();
        services.TryAddSingleton<DiscordMentionHandler>();
        services.TryAddTransient<DiscordMentionResponder>();
        services.TryAddTransient<DiscordMentionDelivery>();
        services.TryAddSingleton<IDiscordGatewayClient, DiscordGatewayClient>();

        // Same rate-limit handling as the interactions client; no HttpClient logging (URLs and headers stay out of logs).
        services.AddHttpClient<DiscordBotRestClient>((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
                client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                client.Timeout = TimeSpan.FromSeconds(30);
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordServiceCollectionExtensions.UserAgent);
            })
            .AddHttpMessageHandler<DiscordRateLimitHandler>()
            .RemoveAllLoggers();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
