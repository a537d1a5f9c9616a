using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Tests.Chat;

/// <summary>The real lexicons shipped beside the test binaries, loaded once.</summary>
internal static class TestLexicons
{
    private static readonly Lazy<LexiconCatalog> Shared = new(() => new LexiconCatalog(Options.Create(new LexiconOptions())));

    public static LexiconCatalog Catalog => Shared.Value;

    /// <summary>A reply template in <paramref name="language"/>, as the engine would put it in a comparison.</summary>
    public static string Template(string language, string key) => Catalog.For(language).Template(key);
}
