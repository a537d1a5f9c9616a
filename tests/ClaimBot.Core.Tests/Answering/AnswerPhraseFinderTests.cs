using ClaimBot.Core.Answering;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Answering;

public sealed class AnswerPhraseFinderTests
{
    private const string Article = """
        Ministers meet in Reykjavik

        date 2022-03-14

        The Icelandic delegation is led by Gudrun Halldorsdottir, the country's chief negotiator.

        Delegates from Norway, Denmark and Finland arrived in Reykjavik on Monday.

        The summit drew 350 journalists from around the world.

        The treaty was signed on 18 March 2022 in the harbour hall.

        "We expect a long night," Halldorsdottir told reporters.

        Norway invited Sweden to the harbour talks.

        The talks will last a week, according to Olav Berg, who is Norway's deputy foreign minister.

        The next round of talks will be held in Tromsø.

        The summit's music prize went to Nordic Voices, a youth choir.

        The closing dinner will be held in Grand Hotel Nordlys on Friday.

        The largest delegation at the summit was the Norwegian one.
        """;

    [Fact]
    public void Find_WhoQuestion_IsTheNameTheQuestionDoesNotHave()
    {
        var phrase = PhraseFor("Who leads the Icelandic delegation?", "led by");

        Assert.Equal("Gudrun Halldorsdottir", phrase);
    }

    [Fact]
    public void Find_CoordinatedNames_KeepsTheWholeList()
    {
        var phrase = PhraseFor("Which countries sent delegates to Reykjavik?", "Delegates from");

        Assert.Equal("Norway, Denmark and Finland", phrase);
    }

    [Fact]
    public void Find_HowManyQuestion_IsTheNumberWithItsNoun()
    {
        var phrase = PhraseFor("How many journalists came to the summit?", "350");

        Assert.Equal("350 journalists", phrase);
    }

    [Theory]
    [InlineData("When was the treaty signed?", "en", "March 18, 2022")]
    [InlineData("Hvornår blev traktaten underskrevet?", "da", "den 18. marts 2022")]
    [InlineData("Wann wurde der Vertrag unterzeichnet?", "de", "18. März 2022")]
    public void Find_WhenQuestion_IsTheClaimsDateWrittenTheQuestionsWay(string question, string language, string expected)
    {
        var phrase = PhraseFor(question, "treaty was signed", language);

        Assert.Equal(expected, phrase);
    }

    [Theory]
    [InlineData("Who was invited to the harbour talks?", "en", "Sweden")]
    [InlineData("Who invited others to the harbour talks?", "en", "Norway")]
    [InlineData("Hvem blev inviteret til forhandlingerne?", "da", "Sweden")]
    public void Find_WhoQuestionAnsweredByStates_IsTheStateInTheAskedRole(string question, string language, string expected)
    {
        var phrase = PhraseFor(question, "harbour talks", language);

        Assert.Equal(expected, phrase);
    }

    [Theory]
    [InlineData("Who is Olav Berg?", "en")]
    [InlineData("Hvem er Olav Berg?", "da")]
    public void Find_WhoIsQuestion_IsTheNamedSpeakersRole(string question, string language)
    {
        var phrase = PhraseFor(question, "last a week", language);

        Assert.Equal("Olav Berg: Norway's deputy foreign minister", phrase);
    }

    [Fact]
    public void Find_WhoQuestionWithoutCopula_IsNotTheRole()
    {
        var phrase = PhraseFor("Who told reporters the talks will last a week?", "last a week");

        Assert.Equal("Olav Berg", phrase);
    }

    [Fact]
    public void Find_WhoSaidQuestion_IsTheSpeaker()
    {
        var phrase = PhraseFor("Who said they expect a long night?", "long night");

        Assert.Equal("Gudrun Halldorsdottir", phrase);
    }

    [Fact]
    public void Find_WhichAgencyReportedQuestion_IsNoPersonSpeaker()
    {
        var phrase = PhraseFor("Which news agency reported that the charter is fair?", "charter is fair", article: UndatedArticle);

        Assert.Equal("Nordpost", phrase);
    }

    [Fact]
    public void Find_WhereQuestion_IsTheNameAfterALocativePreposition()
    {
        var phrase = PhraseFor("Where will the next round of talks be held?", "next round");

        Assert.Equal("Tromsø", phrase);
    }

    [Fact]
    public void Find_WhereQuestion_KeepsTheNamesThatContinueThePlace()
    {
        var phrase = PhraseFor("Where will the closing dinner be held?", "closing dinner");

        Assert.Equal("Grand Hotel Nordlys", phrase);
    }

    [Fact]
    public void Find_WhichCountryQuestion_IsNoCountryAdjective()
    {
        // "Norwegian" stands for Norway in the claim's entities, but as an adjective it is no answer to "which country".
        var phrase = PhraseFor("Which country sent the largest delegation to the summit?", "largest delegation");

        Assert.Null(phrase);
    }

    [Fact]
    public void Find_WhichCountryQuestion_IsNoNameThatIsNotAPlace()
    {
        // "Nordic Voices" is a name, not a country or city, and no preposition puts it anywhere.
        var phrase = PhraseFor("Which country won the summit's music prize?", "music prize");

        Assert.Null(phrase);
    }

    [Fact]
    public void Find_WhyQuestion_HasNoPhraseOfItsOwn()
    {
        var phrase = PhraseFor("Why did the delegates arrive on Monday?", "Delegates from");

        Assert.Null(phrase);
    }

    // No date line: a day and month stay without a year.
    private const string UndatedArticle = """
        The assembly at Hollin

        The assembly at Hollin sat from 10 April to 20 May 1814 and wrote the charter.

        The assembly at Hollin had 112 delegates from the northern valleys.

        After Tobin Eskel left for Harwick Ulvane, the guild named Marrick captain.

        "The charter is fair to the valleys," Ola Rune was quoted as saying by the Nordpost news agency.
        """;

    [Theory]
    [InlineData("sat from", null)]
    [InlineData("112 delegates", "112 delegates")]
    public void Find_HowManyQuestion_IsNoDayOfADate(string claimPart, string? expected)
    {
        var phrase = PhraseFor("How many delegates did the assembly at Hollin have?", claimPart, article: UndatedArticle);

        Assert.Equal(expected, phrase);
    }

    [Fact]
    public void Find_WhoQuestion_IsNoPartOfANameTheQuestionGives()
    {
        var phrase = PhraseFor("Who did the guild name captain after Tobin Eskel left for Harwick?", "named Marrick", article: UndatedArticle);

        Assert.Equal("Marrick", phrase);
    }

    private static string? PhraseFor(string question, string claimPart, string? language = null, string article = Article)
    {
        var claims = EngineParts.Document("reykjavik.txt", article, "en");
        var index = EngineParts.Index(claims);
        var query = EngineParts.Query(question, QueryKind.Question, index, language);
        var retrieval = EngineParts.Retrieve(query, index);
        var claim = claims.Single(c => c.Text.Contains(claimPart, StringComparison.Ordinal));
        var candidate = retrieval.Candidates.FirstOrDefault(c => index.ClaimId(c.Claim) == claim.Id) ?? new Candidate(index.ClaimOf(claim.Id), 0, 0, 0);
        var analysis = EngineParts.Get<FeatureExtractor>().Extract(query, retrieval, candidate, EngineParts.Get<ClaimAnalyzer>().Analyze(claim), [], false, EngineParts.Weights.Expansion);
        var judgement = new Judgement(candidate, analysis, 1, 0, 0, ReasonCode.Related);
        return EngineParts.Get<AnswerPhraseFinder>().Find(query, judgement);
    }
}
