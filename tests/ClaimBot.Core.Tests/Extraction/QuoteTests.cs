namespace ClaimBot.Core.Tests.Extraction;

public sealed class QuoteTests
{
    [Theory]
    [InlineData("\"We will rebuild every school in the valley,\" the governor said.")]
    [InlineData("“We will rebuild every school in the valley,” the governor said.")]
    [InlineData("«Vi genopbygger alle skoler i dalen», siger guvernøren.")]
    [InlineData("- Vi genopbygger alle skoler i dalen, siger guvernøren.")]
    [InlineData("„Wir bauen alle Schulen im Tal wieder auf“, sagte der Gouverneur.")]
    public void Extract_QuotationMarksOrLeadingDash_IsQuote(string sentence)
    {
        var claims = IngestionServices.Claims("valley.txt", sentence);

        Assert.True(Assert.Single(claims).IsQuote);
    }

    [Theory]
    [InlineData("The governor said the schools in the valley would be rebuilt by the autumn.")]
    [InlineData("Guvernøren siger, at skolerne i dalen bliver genopbygget til efteråret.")]
    [InlineData("The mayor called the plan \"a disaster\" during the meeting on Monday.")]
    public void Extract_ReportedSpeechOrShortScareQuote_IsNotQuote(string sentence)
    {
        var claims = IngestionServices.Claims("valley.txt", sentence);

        Assert.False(Assert.Single(claims).IsQuote);
    }

    [Fact]
    public void Extract_QuoteOverTwoSentences_BothSentencesGetTheSpeakerNamedAfterTheLast()
    {
        const string Text = "\"The water is rising fast. We have evacuated three villages,\" Mayor Ines Carvalho said.";

        var claims = IngestionServices.Claims("flood.txt", Text);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Ines Carvalho", c.Speaker?.Name));
        Assert.All(claims, c => Assert.True(c.IsQuote));
    }
}
