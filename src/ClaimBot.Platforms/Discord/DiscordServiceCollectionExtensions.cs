using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord;

/// <summary>Registers the Discord HTTP-interactions adapter. The host binds <see cref="DiscordOptions.SectionName"/>.</summary>
public static class DiscordServiceCollectionExtensions
{
    internal static readonly string UserAgent =
        $"DiscordBot (https://github.com/claimbot/claimbot, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    public static IServiceCollection AddDiscordInteractions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DiscordReplyWorker)))
        {
            // Registered already; a second hosted registration would start the same worker twice.
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddResilientDelivery();
        services.AddInboundGuards();
        services.AddChatRendering();
        services.AddOptions<DiscordOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        services.TryAddSingleton<ChatCommandRunner>();
        services.TryAddSingleton(_ => new ChatEngineSlots(Environment.ProcessorCount));
        services.TryAddSingleton<IDiscordCommandRunner, DiscordChatCommandRunner>();
        services.TryAddSingleton<DiscordSignatureVerifier>();
        services.TryAddSingleton<DiscordReplyRenderer>();
        services.TryAddSingleton<DiscordEvidenceStates>();
        services.TryAddSingleton<DiscordRateLimitGate>();
        services.TryAddSingleton<DiscordReplyWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordReplyWorker>());

        services.TryAddTransient<DiscordRateLimitHandler>();
        services.AddHttpClient<DiscordRestClient>((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
                client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                client.Timeout = TimeSpan.FromSeconds(30);
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
            })
            .AddHttpMessageHandler<DiscordRateLimitHandler>()
            // The default HttpClient logs put request URLs in the log, and webhook URLs contain the interaction token.
            .RemoveAllLoggers();
        services.TryAddTransient<IDiscordInteractionResponder>(sp => sp.GetRequiredService<DiscordRestClient>());

        services.TryAddTransient<DiscordCommandHandler>();
        services.TryAddTransient<DiscordInteractionHandler>();
        services.TryAddTransient<DiscordCommandRegistrar>();
        return services;
    }
}
