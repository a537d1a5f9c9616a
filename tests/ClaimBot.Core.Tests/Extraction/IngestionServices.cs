using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Core.Tests.Extraction;

/// <summary>The ingestion services as the host registers them, over the shipped lexicons; built once per test run.</summary>
internal static class IngestionServices
{
    private static readonly Lazy<ServiceProvider> Shared = new(() =>
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimBotCore();
        return services.BuildServiceProvider();
    });

    public static IServiceProvider Provider => Shared.Value;

    public static T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    /// <summary>Reads a document the test wrote, failing the test with the reader's reason when it refuses it.</summary>
    public static SourceReadResult Read(string file, string text)
    {
        var result = Get<SourceReader>().Read(file, System.Text.Encoding.UTF8.GetBytes(text), 1024 * 1024);
        Assert.True(result.Document is not null, result.Error);
        return result;
    }

    /// <summary>Reads and extracts a document the test wrote.</summary>
    public static IReadOnlyList<Claim> Claims(string file, string text)
    {
        var read = Read(file, text);
        return Get<ClaimExtractor>().Extract(read.Document!, read.Blocks);
    }

    /// <summary>The one claim whose text contains <paramref name="fragment"/>.</summary>
    public static Claim Single(IReadOnlyList<Claim> claims, string fragment) =>
        Assert.Single(claims, c => c.Text.Contains(fragment, StringComparison.Ordinal));
}
