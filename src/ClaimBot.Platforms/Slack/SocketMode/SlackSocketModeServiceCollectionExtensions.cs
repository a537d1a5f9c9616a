using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>Registers Slack Socket Mode beside <see cref="SlackServiceCollectionExtensions.AddSlack"/>; it connects only when <c>Slack:Mode</c> is <c>SocketMode</c>.</summary>
public static class SlackSocketModeServiceCollectionExtensions
{
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ISlackSocketModeClient)))
        {
            return services;
        }

        services.AddSlack();
        services.TryAddSingleton<ISlackSocketModeClient, SlackSocketModeClient>();
        // No HttpClient logging: the returned URL is a connection ticket.
        services.AddHttpClient<SlackConnectionsClient>(http => http.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.AddHostedService<SlackSocketModeService>();
        return services;
    }
}
