using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Extraction;

namespace ClaimBot.Core.Tests.Retrieval;

/// <summary>
/// The engine's parts as the host registers them (the shared provider of <see cref="IngestionServices"/>, over the
/// shipped lexicons), and small builders for documents, indexes and queries the tests write themselves.
/// </summary>
internal static class EngineParts
{
    /// <summary>The default retrieval and expansion weights, so the tests do not move when the model is re-learned.</summary>
    public static RetrievalWeights Weights { get; } = new();

    public static T Get<T>()
        where T : notnull => IngestionServices.Get<T>();

    public static string Stem(string word, string language) => Get<TextAnalyzer>().Stem(word, language);

    /// <summary>Reads and extracts a document, failing the test when it is not detected as <paramref name="language"/>.</summary>
    public static IReadOnlyList<Claim> Document(string file, string text, string language)
    {
        var claims = IngestionServices.Claims(file, text);
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(language, c.Language));
        return claims;
    }

    /// <summary>An index over whole documents, in the order the store returns them (source, then span).</summary>
    public static ClaimIndex Index(params IReadOnlyList<Claim>[] documents) => ClaimIndex.Build(1, documents.SelectMany(d => d).ToList());

    public static AnalyzedQuery Query(string text, QueryKind kind, ClaimIndex index, string? language = null) =>
        Get<QueryAnalyzer>().Analyze(text, kind, index, Weights.Expansion, language);

    /// <summary>The retrieved candidates for a query, best first, with no limit.</summary>
    public static RetrievalResult Retrieve(AnalyzedQuery query, ClaimIndex index) =>
        Get<ClaimRetriever>().Retrieve(query, index, Weights, int.MaxValue);
}
