using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Tests.Documents;

namespace ClaimBot.Core.Tests.Extraction;

public sealed class SeedDocumentTests
{
    [Fact]
    public void Extract_EnglishSeed_ZarifQuoteIsNegatedWithFullSpeaker()
    {
        var claims = SeedClaims("en");

        var claim = IngestionServices.Single(claims, "We have not invited them");
        Assert.Equal("Mohammad Javad Zarif", claim.Speaker?.Name);
        Assert.True(claim.IsNegated);
        Assert.True(claim.IsQuote);
    }

    [Fact]
    public void Extract_EnglishSeed_AstanaMeetingCarriesItsDate()
    {
        var claims = SeedClaims("en");

        var claim = IngestionServices.Single(claims, "will be held in Kazakh capital Astana");
        Assert.Contains("2017-01-23", claim.Dates);
    }

    [Fact]
    public void Extract_EnglishSeed_NoSubscriptionOrPageChromeInClaims()
    {
        var claims = SeedClaims("en");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.DoesNotMatch("Subscribe|₹|Renews automatically|Next Story|Disclaimer|IANS|ahm/dg", c.Text));
    }

    [Fact]
    public void Extract_DanishSeed_DatedAndDashQuoteHasAmbassadorAsSpeaker()
    {
        var (document, claims) = Seed("da");

        Assert.Equal("2017-01", document.Date);
        var quote = Assert.Single(claims, c => c.IsQuote && c.Speaker?.Role?.Contains("ambassadør", StringComparison.Ordinal) == true);
        Assert.True(quote.IsNegated);
    }

    [Fact]
    public void Extract_BothSeeds_EverySpanPointsAtItsText()
    {
        var all = new[] { Seed("da"), Seed("en") };

        Assert.All(all, seed => Assert.All(seed.Claims, c => Assert.Equal(c.Text, seed.Document.Text[c.Start..c.End])));
    }

    private static IReadOnlyList<Claim> SeedClaims(string language) => Seed(language).Claims;

    private static (SourceDocument Document, IReadOnlyList<Claim> Claims) Seed(string language)
    {
        using var folder = new TempFolder();
        RepoSeeds.CopyTo(folder);
        var reader = IngestionServices.Get<SourceReader>();
        foreach (var file in Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal))
        {
            var read = reader.Read(Path.GetFileName(file), File.ReadAllBytes(file), 1024 * 1024);
            if (read.Document?.Language == language)
            {
                return (read.Document, IngestionServices.Get<ClaimBot.Core.Extraction.ClaimExtractor>().Extract(read.Document, read.Blocks));
            }
        }

        throw new InvalidOperationException($"No seed in language '{language}'.");
    }
}
