using ClaimBot.Core.Phrasing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>The phrasing layer as the host registers it, over the repository's prompts unless a test says otherwise.</summary>
internal static class PhrasingServices
{
    public static ServiceProvider Build(
        Action<LlmOptions>? configure = null,
        IChatCompletionService? chat = null,
        TimeProvider? timeProvider = null,
        CapturingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        if (chat is not null)
        {
            services.AddSingleton(chat);
        }

        services.AddClaimBotPhrasing();
        services.Configure<LlmOptions>(options =>
        {
            options.PromptsPath = RepoPrompts.Path;
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
