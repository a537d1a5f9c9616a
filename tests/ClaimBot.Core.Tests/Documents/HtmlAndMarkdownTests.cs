using ClaimBot.Core.Tests.Extraction;

namespace ClaimBot.Core.Tests.Documents;

public sealed class HtmlAndMarkdownTests
{
    private const string Chrome = """
        <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <header><a href="/subscribe">Subscribe now for $1 a week</a></header>
        """;

    private const string Footer = """
        <aside><h3>Sign up for our newsletter</h3><p>Get the best stories in your inbox every morning. Sign up today.</p></aside>
        <footer><p>© 2018 The Andes Post. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
        """;

    private const string Paragraphs = """
        <p>Chile and Peru signed an agreement on Friday to share water from the Lauca river, ending a dispute that has lasted for decades.</p>
        <p>"This is a historic day for both our peoples," Chilean Foreign Minister Paula Rojas told reporters in Lima after the ceremony.</p>
        <p>The deal still has to be approved by the parliaments of both countries, which are expected to vote on it in the spring.</p>
        """;

    private const string MoreParagraphs = """
        <p>Officials from both governments have met more than forty times since the talks began in 2009, often in Santiago and in Lima.</p>
        <p>Environmental groups welcomed the deal but warned that the river's flow has fallen sharply over the last ten years because of drought.</p>
        <p>The agreement sets up a joint commission that will measure the river's flow every month and publish its figures online.</p>
        """;

    [Fact]
    public void Read_HtmlArticle_TakesTitleUrlAndSiteFromMarkup()
    {
        var html = Page(Paragraphs + MoreParagraphs);

        var read = IngestionServices.Read("andes/lauca.html", html);

        Assert.Equal("Chile and Peru sign water deal", read.Document!.Title);
        Assert.Equal("https://andespost.example/world/chile-peru-water", read.Document.Url);
        Assert.Equal("The Andes Post", read.Document.Outlet);
        Assert.DoesNotContain("<p>", read.Document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extract_HtmlArticleLongOrShort_NavigationNewsletterAndFooterAreNoClaims(bool longArticle)
    {
        var html = Page(longArticle ? Paragraphs + MoreParagraphs : Paragraphs);

        var claims = IngestionServices.Claims("lauca.html", html);

        Assert.Contains(claims, c => c.Text.StartsWith("Chile and Peru signed an agreement", StringComparison.Ordinal));
        Assert.All(claims, c => Assert.DoesNotMatch("(?i)subscribe|newsletter|rights reserved|privacy|^home$|^sport$|The Andes Post", c.Text));
    }

    [Fact]
    public void Extract_HtmlQuote_KeepsSpeakerAndSpanIntoCleanText()
    {
        var read = IngestionServices.Read("lauca.html", Page(Paragraphs + MoreParagraphs));

        var claims = IngestionServices.Get<ClaimBot.Core.Extraction.ClaimExtractor>().Extract(read.Document!, read.Blocks);

        var quote = IngestionServices.Single(claims, "historic day");
        Assert.Equal("Paula Rojas", quote.Speaker?.Name);
        Assert.Equal(quote.Text, read.Document!.Text[quote.Start..quote.End]);
    }

    [Fact]
    public void Extract_Markdown_NoMarkupInClaimsAndHeadingIsTitle()
    {
        const string Markdown = """
            # Iceland opens new geothermal plant

            *Published: 2019-05-02*

            Iceland opened its **largest** geothermal power plant on Thursday, the national energy company said.

            The plant near [Reykjavik](https://example.org/reykjavik) will supply electricity to about 40,000 homes.

            * Share on Facebook
            * Share on Twitter
            """;

        var read = IngestionServices.Read("iceland.md", Markdown);
        var claims = IngestionServices.Get<ClaimBot.Core.Extraction.ClaimExtractor>().Extract(read.Document!, read.Blocks);

        Assert.Equal("Iceland opens new geothermal plant", read.Document!.Title);
        Assert.Equal("2019-05-02", read.Document.Date);
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.DoesNotMatch(@"[#*\[\]()]|Share", c.Text));
        Assert.Contains(claims, c => c.Text == "The plant near Reykjavik will supply electricity to about 40,000 homes.");
    }

    [Fact]
    public void Extract_DanishMarkdownDashQuote_StaysAQuote()
    {
        const string Markdown = "## Havnen i Aarhus udvides\n\n- Vi har brug for mere plads til containerskibe, siger havnedirektør Ole Bech.";

        var claims = IngestionServices.Claims("aarhus.md", Markdown);

        var quote = IngestionServices.Single(claims, "containerskibe");
        Assert.True(quote.IsQuote);
        Assert.Equal("Ole Bech", quote.Speaker?.Name);
    }

    private static string Page(string paragraphs) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>Chile and Peru sign water deal | The Andes Post</title>
        <link rel="canonical" href="https://andespost.example/world/chile-peru-water">
        <meta property="og:site_name" content="The Andes Post"></head>
        <body>
        {Chrome}
        <article>
        <h1>Chile and Peru sign water deal</h1>
        {paragraphs}
        </article>
        {Footer}
        </body></html>
        """;
}
