using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Reloading;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimBot.Core;

/// <summary>Registers the claims engine: documents, extraction, retrieval, answering, reload. The host binds and validates the options.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddClaimBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<LexiconOptions>();
        services.AddOptions<SourcesOptions>();

        services.AddSingleton<TextAnalyzer>();
        services.AddSingleton<BilingualLexicon>();
        services.AddSingleton<TermBuilder>();
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
        services.AddSingleton<AntonymIndex>();
        services.AddSingleton<SynonymLexicon>();
        services.AddSingleton<QueryAnalyzer>();
        services.AddSingleton<ClaimRetriever>();
        services.AddSingleton<SourceDirectory>();
        services.AddSingleton<EvidenceText>();
        services.AddSingleton<QuestionFit>();
        services.AddSingleton<CitationVerifier>();
        services.AddSingleton<StanceClassifier>();
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<FactChecker>();
        services.AddSingleton<TopicComparer>();
        services.AddSingleton<AskUseCase>();
        services.AddSingleton<CheckUseCase>();
        services.AddSingleton<CompareUseCase>();
        return services;
    }
}
