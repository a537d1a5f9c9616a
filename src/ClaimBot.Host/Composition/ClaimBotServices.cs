using ClaimBot.Core;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Composition;

/// <summary>The composition root shared by the CLI verbs and <c>serve</c>: options bound from configuration and validated on start, engine, store, phrasing.</summary>
public static class ClaimBotServices
{
    public static IServiceCollection AddClaimBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LexiconOptions>().Bind(configuration.GetSection(LexiconOptions.SectionName));
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName));
        services.AddOptions<JudgingOptions>().Bind(configuration.GetSection(JudgingOptions.SectionName)).ValidateOnStart();

        services.AddClaimBotCore();
        services.AddClaimBotPhrasing();

        var provider = configuration[$"{StoreOptions.SectionName}:{nameof(StoreOptions.Provider)}"] ?? "Sqlite";
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            StoreProviders.AddPostgres(services);
        }
        else
        {
            // Unknown providers are rejected by StoreOptions validation at start with the allowed values.
            services.AddSqliteClaimStore();
        }

        return services;
    }
}
