using ClaimBot.Core.Tests.Extraction;

namespace ClaimBot.Core.Tests.Documents;

public sealed class BoilerplateTests
{
    [Fact]
    public void Extract_EnglishPageChrome_NoneBecomesAClaim()
    {
        const string Text = """
            Kenya raises fuel taxes to close budget gap

            Kenya's parliament approved a rise in fuel taxes on Thursday, despite protests in Nairobi.

            Share this article on Facebook

            Subscribe to The Daily Ledger and get unlimited access

            $4.99/month, cancel anytime

            Disclaimer: The views expressed by readers are their own and not those of the publisher.

            Next Story
            """;

        var claims = IngestionServices.Claims("kenya.txt", Text);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.DoesNotMatch("(?i)share|subscribe|\\$|disclaimer|next story", c.Text));
    }

    [Fact]
    public void Extract_DanishPageChrome_NoneBecomesAClaim()
    {
        const string Text = """
            Danske soldater sendes til Litauen

            Forsvarsminister Mette Holm oplyser, at 200 danske soldater sendes til Litauen i marts.

            Abonnér på vores nyhedsbrev og få de vigtigste nyheder hver morgen

            Prøv 3 måneder for 99 kr.

            Del artiklen på Facebook

            Læs også: Flere penge til forsvaret
            """;

        var claims = IngestionServices.Claims("litauen.txt", Text);

        Assert.Equal(["Danske soldater sendes til Litauen", "Forsvarsminister Mette Holm oplyser, at 200 danske soldater sendes til Litauen i marts."], claims.Select(c => c.Text));
    }

    [Theory]
    [InlineData("₹1,499 per year")]
    [InlineData("Only $2 a week for the first year")]
    [InlineData("Kun 49 kr. om måneden")]
    [InlineData("SAVE 40% on a yearly plan")]
    [InlineData("You have read all your free articles this month. Subscribe now for unlimited access.")]
    [InlineData("Sponsored content")]
    [InlineData("Please accept cookies to watch this video.")]
    public void Extract_PriceOrChromeLineInArticle_IsNoClaim(string line)
    {
        var claims = ClaimsOfArticleWith(line);

        Assert.Equal(2, claims.Count);
        Assert.DoesNotContain(claims, c => c.Text.Contains(line, StringComparison.Ordinal) || line.Contains(c.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The harbour authority sold the old ferry for $2 million.")]
    [InlineData("Biljetten kostar 120 kr, uppger arrangören, och priset höjs i år.")]
    [InlineData("Die Ministerin sagte, der Vertrag sei € 1,3 Milliarden wert.")]
    [InlineData("The festival was sponsored by three local banks, the organisers said.")]
    [InlineData("Regeringen vil forbyde cookies, der sporer børn, siger ministeren.")]
    public void Extract_SentenceWithAnAmountOrAChromeWord_IsAClaim(string sentence)
    {
        var claims = ClaimsOfArticleWith(sentence);

        Assert.Equal(3, claims.Count);
        Assert.Contains(claims, c => c.Text == sentence);
    }

    [Fact]
    public void Extract_ParagraphWithAmounts_KeepsEverySentence()
    {
        const string Text = "I maj 2006 fick det irländska bolaget Nordsänd tre av de sex sändningspaketen. Konkurrenten köpte de återstående tre för £ 1,3 miljarder. Avtalet gäller i fyra säsonger.";

        var claims = IngestionServices.Claims("paket.txt", Text);

        Assert.Equal(3, claims.Count);
        Assert.Contains(claims, c => c.Text.Contains("£ 1,3 miljarder", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShortMenuFragments_AreNoClaims()
    {
        const string Text = "Home\nWorld\nBusiness\n\nThe central bank of Hungary raised interest rates by half a point on Tuesday.";

        var claims = IngestionServices.Claims("hungary.txt", Text);

        var claim = Assert.Single(claims);
        Assert.StartsWith("The central bank of Hungary", claim.Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ClaimBot.Core.Claims.Claim> ClaimsOfArticleWith(string line) => IngestionServices.Claims(
        "rotterdam.txt",
        $"The port of Rotterdam handled a record amount of cargo last year, the port authority said.\n\n{line}\n\nShipping companies expect volumes to fall this year.");
}
