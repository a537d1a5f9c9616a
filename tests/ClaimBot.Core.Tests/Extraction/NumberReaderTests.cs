using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Extraction;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("da", "Politiet anslår, at 220.000 mennesker deltog i demonstrationen.", "220000")]
    [InlineData("sv", "Omkring 200 000 personer har flytt från staden.", "200000")]
    [InlineData("de", "Die Schweiz hat 890'000 Flüchtlinge aufgenommen.", "890000")]
    [InlineData("de", "Der Kurs der Aktie stieg auf 50,21 Euro.", "50.21")]
    [InlineData("en", "Officials said six million people had fled their homes.", "6000000")]
    [InlineData("da", "Myndighederne siger, at seks millioner mennesker er flygtet.", "6000000")]
    [InlineData("en", "The agency counted 1,500 new arrivals in March.", "1500")]
    [InlineData("en", "Six delegations arrived in the capital on Monday.", "6")]
    public void Read_NumberAsTheLanguageWritesIt_YieldsTheNormalisedValue(string language, string sentence, string expected)
    {
        var numbers = Read(sentence, language);

        Assert.Equal([expected], numbers.Select(n => n.Value));
    }

    [Fact]
    public void Read_CapitalisedNumberWordInsideAName_YieldsNoNumber()
    {
        const string Sentence = "The prize committee is chaired by Kaci Kullmann Five this year.";

        var numbers = Read(Sentence, "en");

        Assert.Empty(numbers);
    }

    [Fact]
    public void Read_NumberWordWithScaleWord_SpansBothTokens()
    {
        const string Sentence = "Regeringen afsætter seks millioner kroner til projektet.";

        var number = Assert.Single(Read(Sentence, "da"));

        Assert.Equal("6000000", number.Value);
        Assert.Equal(number.FirstToken + 1, number.LastToken);
    }

    [Fact]
    public void Read_DanishArticleEn_IsNotTheNumberOne()
    {
        const string Sentence = "Landene har indgået en aftale om fiskeriet.";

        var numbers = Read(Sentence, "da");

        Assert.Empty(numbers);
    }

    [Fact]
    public void Read_ArticleBeforeScaleWord_IsOneTimesTheScale()
    {
        const string Sentence = "Projektet koster en million kroner.";

        var numbers = Read(Sentence, "da");

        Assert.Equal(["1000000"], numbers.Select(n => n.Value));
    }

    [Fact]
    public void Read_TwoSeparateNumbers_AreNotJoinedIntoOneGroup()
    {
        const string Sentence = "The ministers met 12 times in 2016 and signed 3 protocols.";

        var numbers = Read(Sentence, "en");

        Assert.Equal(["12", "2016", "3"], numbers.Select(n => n.Value));
    }

    private static List<NumberMention> Read(string sentence, string language) =>
        NumberReader.Read(sentence, WordTokenizer.Tokenize(sentence), IngestionServices.Get<LexiconCatalog>().For(language));
}
