using ClaimBot.Core.Documents;
using ClaimBot.Core.Tests.Extraction;

namespace ClaimBot.Core.Tests.Documents;

public sealed class MetadataReaderTests
{
    private const string WireStory = """
        Chile and Peru sign deal on shared river

        AFP Lima
        Last Updated : Mar 9 2018 | 6:10 PM PET
        https://wire.example.com/2018/03/09/chile-peru-river

        Chile and Peru signed an agreement on Friday to share the water of the Lauca river, ending a long dispute.

        The deal still has to be approved by the parliaments of both countries.

        --AFP
        """;

    [Fact]
    public void Read_WireStory_ReadsTitleDateUrlAndAgency()
    {
        var read = IngestionServices.Read("lauca.txt", WireStory);

        var document = read.Document!;
        Assert.Equal("Chile and Peru sign deal on shared river", document.Title);
        Assert.Equal("2018-03-09", document.Date);
        Assert.Equal("https://wire.example.com/2018/03/09/chile-peru-river", document.Url);
        Assert.Equal("AFP", document.Outlet);
    }

    [Fact]
    public void Extract_WireStory_MetadataLinesAreNotClaims()
    {
        var claims = IngestionServices.Claims("lauca.txt", WireStory);

        Assert.DoesNotContain(claims, c => c.Text.Contains("AFP", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Text.Contains("Last Updated", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, c => c.Text.Contains("https://", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Text.StartsWith("Chile and Peru signed", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LeadingDateLine_DateIsMonthAndLineIsNoClaim()
    {
        const string Text = "date 2019-06 Fiskere i Esbjerg protesterer mod nye kvoter.\n\nKvoterne blev vedtaget i Bruxelles efter lange forhandlinger mellem landene.";

        var read = IngestionServices.Read("esbjerg.txt", Text);
        var claims = IngestionServices.Get<ClaimBot.Core.Extraction.ClaimExtractor>().Extract(read.Document!, read.Blocks);

        Assert.Equal("2019-06", read.Document!.Date);
        Assert.Equal("Fiskere i Esbjerg protesterer mod nye kvoter.", claims[0].Text);
        Assert.DoesNotContain(claims, c => c.Text.Contains("2019-06", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SignOffOnlyAgency_OutletFromSignOff()
    {
        const string Text = "Shipping through the Suez Canal resumed on Tuesday after a grounded tanker was refloated.\n\nThe canal authority said traffic would be back to normal within two days.\n\n--Reuters";

        var read = IngestionServices.Read("suez.txt", Text);

        Assert.Equal("Reuters", read.Document!.Outlet);
    }

    [Fact]
    public void Read_DanishPublishedStamp_ReadsDate()
    {
        const string Text = "Opdateret 14. marts 2018 kl. 09.15\n\nRegeringen vil sende flere soldater til Estland, siger forsvarsministeren.\n\nDe skal blive i landet i et halvt år.";

        var read = IngestionServices.Read("estland.txt", Text);

        Assert.Equal("2018-03-14", read.Document!.Date);
    }
}
