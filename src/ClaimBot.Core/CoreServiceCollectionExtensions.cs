using ClaimBot.Core.Answering;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Reloading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimBot.Core;

/// <summary>Registers the claims engine: extraction, retrieval, answering, reload. The host binds and validates the options.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddClaimBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OfflinePhraser>();
        services.TryAddSingleton<IReplyPhraser, OfflineReplyPhraser>();
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<FactChecker>();
        services.AddSingleton<TopicComparer>();
        services.AddSingleton<AskUseCase>();
        services.AddSingleton<CheckUseCase>();
        services.AddSingleton<CompareUseCase>();
        services.AddSingleton<ReloadCoordinator>();
        return services;
    }
}
