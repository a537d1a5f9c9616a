using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Reloading;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core;

/// <summary>Registers the claims engine: documents, extraction, retrieval, answering, reload. The host binds and validates the options.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddClaimBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LexiconOptions>();
        services.AddOptions<SourcesOptions>();

        services.AddOptions<JudgingOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JudgingOptions>, JudgingOptionsValidator>());
        services.AddSingleton(sp => EngineModelLoader.Load(sp.GetRequiredService<IOptions<JudgingOptions>>().Value.ModelPath));

        services.AddSingleton<TextAnalyzer>();
        services.AddSingleton<ConceptLexicon>();
        services.AddSingleton<WordAnalyzer>();
        services.AddSingleton<SearchTerms>();
        services.AddSingleton<LexiconCatalog>();
        services.AddSingleton<EntityGazetteer>();
        services.AddSingleton<LanguageDetector>();
        services.AddSingleton<DateNormalizer>();
        services.AddSingleton<BlockClassifier>();
        services.AddSingleton<MetadataReader>();
        services.AddSingleton<SourceReader>();
        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<AttributionFinder>();
        services.AddSingleton<SpeakerParser>();
        services.AddSingleton<EntityRecognizer>();
        services.AddSingleton<ClaimExtractor>();

        services.AddHostedService<StoreInitializer>();
        services.AddSingleton<SourceScanner>();
        services.AddSingleton<SourceIngestor>();
        services.AddSingleton<ReloadCoordinator>();

        services.AddSingleton<OfflinePhraser>();
        services.TryAddSingleton<IReplyPhraser, OfflineReplyPhraser>();
        services.AddSingleton<QueryExpander>();
        services.AddSingleton<QueryAnalyzer>();
        services.AddSingleton<ClaimIndexCache>();
        services.AddSingleton<EngineWarmUp>();
        services.AddSingleton<ClaimRetriever>();
        services.AddSingleton<ClaimAnalyzer>();
        services.AddSingleton<OppositePredicates>();
        services.AddSingleton<WordAligner>();
        services.AddSingleton<FeatureExtractor>();
        services.AddSingleton<EvidenceJudge>();
        services.AddSingleton<EvidenceSearch>();
        services.TryAddSingleton<IStanceReviewer, OfflineStanceReviewer>();
        services.AddSingleton<SourceDirectory>();
        services.AddSingleton<EvidenceText>();
        services.AddSingleton<ReasonText>();
        services.AddSingleton<AnswerPhraseFinder>();
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<FactChecker>();
        services.AddSingleton<TopicComparer>();
        services.AddSingleton<AskUseCase>();
        services.AddSingleton<CheckUseCase>();
        services.AddSingleton<CompareUseCase>();
        return services;
    }
}
