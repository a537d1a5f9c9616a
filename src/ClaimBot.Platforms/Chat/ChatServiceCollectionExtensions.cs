using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimBot.Platforms.Chat;

/// <summary>Registers what the Discord and Slack renderers share: the lexicons their fixed reply words come from.</summary>
public static class ChatServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="LexiconCatalog"/> is a Core singleton (AddClaimBotCore registers it); adding it here only if absent
    /// lets an adapter be hosted with a scripted command runner and no engine, as the platform tests do.
    /// </summary>
    public static IServiceCollection AddChatRendering(this IServiceCollection services)
    {
        services.AddOptions<LexiconOptions>();
        services.TryAddSingleton<LexiconCatalog>();
        return services;
    }
}
