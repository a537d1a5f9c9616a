using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Tests.Extraction;

public sealed class DateNormalizerTests
{
    // Wednesday 14 March 2018.
    private static readonly PartialDate ArticleDate = new(2018, 3, 14);

    [Theory]
    [InlineData("en", "The talks will be held in Vienna on Monday, March 19.", "2018-03-19")]
    [InlineData("en", "The vote took place on March 2, 2016, in the capital.", "2016-03-02")]
    [InlineData("da", "Forhandlingerne fortsætter i Wien 8. februar.", "2018-02-08")]
    [InlineData("da", "Mødet blev holdt den 2. april 2015 i Aarhus.", "2015-04-02")]
    [InlineData("de", "Die Gespräche beginnen am 3. Oktober in Wien.", "2017-10-03")]
    [InlineData("en", "The report was published on 2017-11-30 by the ministry.", "2017-11-30")]
    public void Find_AbsoluteDate_NormalisesAgainstArticleYear(string language, string text, string expected)
    {
        var normalizer = IngestionServices.Get<DateNormalizer>();

        var dates = normalizer.Find(text, language, ArticleDate);

        Assert.Contains(expected, dates.Select(d => d.ToIso()));
    }

    [Fact]
    public void Find_DecemberDayInEarlyJanuaryArticle_IsPreviousYear()
    {
        var normalizer = IngestionServices.Get<DateNormalizer>();

        var dates = normalizer.Find("The strike began on December 30 and is still going on.", "en", new PartialDate(2018, 1, 5));

        Assert.Equal(["2017-12-30"], dates.Select(d => d.ToIso()));
    }

    [Theory]
    [InlineData("en", "The minister resigned on Tuesday after the vote.", "2018-03-13")]
    [InlineData("en", "The minister resigned on Wednesday after the vote.", "2018-03-14")]
    [InlineData("da", "Ministeren gik af fredag efter afstemningen.", "2018-03-09")]
    [InlineData("en", "The minister resigned yesterday after the vote.", "2018-03-13")]
    [InlineData("da", "Ministeren gik af i går efter afstemningen.", "2018-03-13")]
    public void Find_WeekdayOrRelativeDay_IsLatestSuchDayUpToArticleDate(string language, string text, string expected)
    {
        var normalizer = IngestionServices.Get<DateNormalizer>();

        var dates = normalizer.Find(text, language, ArticleDate);

        Assert.Equal([expected], dates.Select(d => d.ToIso()));
    }

    [Theory]
    [InlineData("en", "Exports fell sharply last month, the bureau said.", "2018-02")]
    [InlineData("da", "Eksporten faldt kraftigt i sidste måned, oplyser bureauet.", "2018-02")]
    [InlineData("en", "Exports will rise again next month, the bureau said.", "2018-04")]
    [InlineData("en", "Protests began in March 2011 and spread quickly.", "2011-03")]
    [InlineData("da", "Protesterne begyndte i marts 2011 og spredte sig hurtigt.", "2011-03")]
    [InlineData("en", "The company was founded in 1998 in Helsinki.", "1998")]
    [InlineData("en", "Profits doubled last year, the company said.", "2017")]
    public void Find_MonthOrYear_IsPartialDate(string language, string text, string expected)
    {
        var normalizer = IngestionServices.Get<DateNormalizer>();

        var dates = normalizer.Find(text, language, ArticleDate);

        Assert.Equal([expected], dates.Select(d => d.ToIso()));
    }

    [Fact]
    public void Find_DayAndMonthWithoutArticleDate_IsDroppedRatherThanGuessed()
    {
        var normalizer = IngestionServices.Get<DateNormalizer>();

        var dates = normalizer.Find("The talks resume on 8 February and on Monday.", "en", null);

        Assert.Empty(dates);
    }

    [Fact]
    public void Extract_ClaimInDatedDocument_DatesAreNormalisedAgainstDocumentDate()
    {
        const string Text = "date 2018-03-14 Ministrene mødes igen i Wien mandag den 19. marts.\n\nDe mødtes første gang i sidste måned i Bruxelles.";

        var claims = IngestionServices.Claims("wien.txt", Text);

        Assert.Equal(["2018-03-19"], IngestionServices.Single(claims, "Wien").Dates);
        Assert.Equal(["2018-02"], IngestionServices.Single(claims, "første gang").Dates);
    }
}
