using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>Registers the Slack adapter. The host binds <see cref="SlackOptions.SectionName"/>; validation runs on start.</summary>
public static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<SlackOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddResilientDelivery();
        services.AddInboundGuards();
        services.AddChatRendering();

        services.TryAddSingleton<ChatCommandRunner>();
        services.TryAddSingleton(_ => new ChatEngineSlots(Environment.ProcessorCount));
        services.TryAddSingleton<ISlackCommandRunner, SlackCommandRunner>();
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<SlackRequestReader>();
        services.TryAddSingleton<SlackJobChannel>();
        services.TryAddSingleton<SlackEventDeduplicator>();
        services.TryAddSingleton<SlackReplayGuard>();
        services.TryAddSingleton<SlackReplyRenderer>();
        services.TryAddSingleton<SlackCommandHandler>();
        services.TryAddSingleton<SlackEventsHandler>();
        services.TryAddSingleton<SlackInteractionHandler>();
        services.TryAddSingleton<SlackSocketModeDispatcher>();
        services.TryAddTransient<SlackJobProcessor>();

        // Typed clients are resolved per job scope (SlackWorker), so handler rotation works. No HttpClient logging:
        // response_url is a bearer capability and must not end up in logs.
        services.AddHttpClient<ISlackWebApi, SlackWebApiClient>(http => http.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.AddHttpClient<ISlackResponseUrlClient, SlackResponseUrlClient>(http => http.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.AddHostedService<SlackWorker>();
        return services;
    }
}
