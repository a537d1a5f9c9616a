using ClaimBot.Core.Judging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ClaimBot.Core.Phrasing;

/// <summary>Registers the Semantic Kernel phrasing layer. The host binds <see cref="LlmOptions"/> from the "Llm" section.</summary>
public static class PhrasingServiceCollectionExtensions
{
    private const string HttpClientKey = "ClaimBot.Llm";

    /// <summary>
    /// Adds the kernel (built from DI), the reply prompts, the offline and citation-guard filters and
    /// <see cref="SemanticKernelPhraser"/> as the <see cref="IReplyPhraser"/>, replacing the offline-only default whichever
    /// is registered first; with a model configured, the model's stance judgements as the <see cref="IStanceReviewer"/>.
    /// "Llm" options and the prompt directory are validated on start.
    /// </summary>
    public static IServiceCollection AddClaimBotPhrasing(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OfflinePhraser>();

        services.AddKernel();

        // Registration order is filter order: offline answers first when there is no model; the guard wraps the model call.
        services.AddSingleton<IFunctionInvocationFilter, OfflinePhrasingFilter>();
        services.AddSingleton<IFunctionInvocationFilter, CitationGuardFilter>();

        // The phraser's TimeProvider-based token bounds the call; SK turns off the OpenAI client's retries and timeout for a given HttpClient.
        services.AddKeyedSingleton(HttpClientKey, (_, _) => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        services.TryAddSingleton<IChatCompletionService>(CreateChatCompletion);

        services.AddSingleton<ReplyPrompts>();
        services.AddHostedService<PhrasingStartup>();
        services.Replace(ServiceDescriptor.Singleton<IReplyPhraser, SemanticKernelPhraser>());

        // With a model, it judges check's candidates; without one the offline judge's probabilities stand.
        services.TryAddSingleton<StancePrompt>();
        services.TryAddSingleton<ModelStanceReviewer>();
        services.Replace(ServiceDescriptor.Singleton<IStanceReviewer>(sp => sp.GetRequiredService<IOptions<LlmOptions>>().Value.HasModel
            ? sp.GetRequiredService<ModelStanceReviewer>()
            : new OfflineStanceReviewer()));
        return services;
    }

    private static IChatCompletionService CreateChatCompletion(IServiceProvider services)
    {
        var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (!llm.HasModel)
        {
            throw new InvalidOperationException("No chat model is configured (Llm:Endpoint, Llm:Model); the offline phrasing filter should have answered.");
        }

        // SKEXP0010: the custom-endpoint constructor is marked experimental; it is the connector's supported way to reach
        // any OpenAI-compatible server (Ollama, vLLM, llama.cpp, Azure's compatible endpoint).
#pragma warning disable SKEXP0010
        return new OpenAIChatCompletionService(
            llm.Model!,
            new Uri(llm.Endpoint!),
            string.IsNullOrWhiteSpace(llm.ApiKey) ? null : llm.ApiKey,
            organization: null,
            httpClient: services.GetRequiredKeyedService<HttpClient>(HttpClientKey),
            loggerFactory: services.GetService<ILoggerFactory>());
#pragma warning restore SKEXP0010
    }
}
