using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

public sealed class FeatureExtractorTests
{
    private const string RussiaInvited = "Russia invited the United States to the talks in Astana";

    [Fact]
    public void Extract_OtherCountryAsTheActor_SetsAConflictAndNoActorMatch()
    {
        var claim = TalksCorpus.Claim(RussiaInvited);

        var features = PairFeatures.For("Iran invited the US to the talks.", claim, "en").Features;

        Assert.True(features[Feature.NameConflict] == 1 || features[Feature.ActorMismatch] == 1);
        Assert.Equal(0, features[Feature.ActorMatch]);
    }

    [Fact]
    public void Extract_SameActor_SetsActorMatchAndNoConflict()
    {
        var claim = TalksCorpus.Claim(RussiaInvited);

        var analysis = PairFeatures.For("Russia invited the United States to the talks.", claim, "en");

        Assert.Equal(1, analysis.Features[Feature.ActorMatch]);
        Assert.Equal(0, analysis.Features[Feature.ActorMismatch]);
        Assert.Equal(0, analysis.Features[Feature.NameConflict]);
        Assert.Equal("country:ru", analysis.ClaimActor);
    }

    [Fact]
    public void Extract_NameThatIsAlsoAWordOpeningTheClaim_IsReadAsTheName()
    {
        const string Report = """
            Talks in Hollin

            The mediator Ola Rose met both delegations in Hollin on Monday.

            Rose invited the northern delegation to a second round of talks.
            """;
        var claims = EngineParts.Document("hollin.en.txt", Report, "en");
        var index = EngineParts.Index(claims);

        var analysis = PairFeatures.For("Rose invited the northern delegation to more talks.", claims.Single(c => c.Text.StartsWith("Rose", StringComparison.Ordinal)), "en", index);

        // "Rose" is the mediator's name on both sides, fully matched, not the flower matched to a name.
        Assert.Equal(WordKind.Name, analysis.Claim.Words[0].Kind);
        Assert.Equal(1, analysis.Features[Feature.Coverage], 6);
        Assert.Equal(1, analysis.Features[Feature.ActorMatch]);
    }

    [Fact]
    public void Extract_OppositePredicate_SetsOppositionOnThatConcept()
    {
        const string Statement = "Iran welcomed US participation in the negotiations.";
        var claim = TalksCorpus.Claim("Iran objects to US participation");

        var analysis = PairFeatures.For(Statement, claim, "en");

        Assert.Equal(1, analysis.Features[Feature.Opposition]);
        Assert.Equal(analysis.Features[Feature.Coverage], analysis.Features[Feature.OppositionTimesCoverage]);
        var query = EngineParts.Query(Statement, QueryKind.Statement, TalksCorpus.Index, "en");
        Assert.Equal("welcomed", query.Concepts[analysis.OpposedConcept].Surface);
    }

    [Fact]
    public void Extract_SamePredicate_SetsNoOpposition()
    {
        var claim = TalksCorpus.Claim("Iran objects to US participation");

        var analysis = PairFeatures.For("Iran objects to US participation in the negotiations.", claim, "en");

        Assert.Equal(0, analysis.Features[Feature.Opposition]);
        Assert.Equal(-1, analysis.OpposedConcept);
    }

    [Fact]
    public void Extract_NegationCueBeforeTheMatchedVerb_SetsNegationMismatch()
    {
        var claim = TalksCorpus.Claim("Turkey has not invited Saudi Arabia");

        var features = PairFeatures.For("Turkey invited Saudi Arabia to the conference.", claim, "en").Features;

        Assert.Equal(1, features[Feature.NegationMismatch]);
    }

    [Fact]
    public void Extract_NegationInAnUnrelatedClauseFarAway_SetsNoNegationMismatch()
    {
        var claim = TalksCorpus.Claim("Turkey invited Qatar");

        var features = PairFeatures.For("Turkey invited Qatar to the conference in Ankara.", claim, "en").Features;

        Assert.True(claim.IsNegated, "The claim sentence should hold a negation cue.");
        Assert.Equal(0, features[Feature.NegationMismatch]);
    }

    [Fact]
    public void Extract_NegatedStatementAgainstAnAffirmativeClaim_SetsNegationMismatch()
    {
        var claim = TalksCorpus.Claim(RussiaInvited);

        var features = PairFeatures.For("Russia has not invited the United States to the talks.", claim, "en").Features;

        Assert.Equal(1, features[Feature.NegationMismatch]);
    }

    [Theory]
    [InlineData("The talks will begin on January 23 and 12 delegations are expected.", 1)]
    [InlineData("The talks will begin on January 23 and 14 delegations are expected.", 0)]
    public void Extract_NumberTheClaimDoesNotState_SetsNumberConflict(string statement, double conflict)
    {
        var claim = TalksCorpus.Claim("14 delegations");

        var features = PairFeatures.For(statement, claim, "en").Features;

        Assert.Equal(conflict, features[Feature.NumberConflict]);
    }

    [Theory]
    [InlineData("About 15 delegations are expected at the talks.", 0)]
    [InlineData("About 20 delegations are expected at the talks.", 1)]
    [InlineData("More than 12 delegations are expected at the talks.", 0)]
    [InlineData("More than 15 delegations are expected at the talks.", 1)]
    [InlineData("Fewer than 12 delegations are expected at the talks.", 1)]
    public void Extract_QualifiedNumber_ConflictsOnlyWithFiguresItDoesNotAllow(string statement, double conflict)
    {
        var claim = TalksCorpus.Claim("14 delegations");

        var features = PairFeatures.For(statement, claim, "en").Features;

        Assert.Equal(conflict, features[Feature.NumberConflict]);
    }

    [Theory]
    [InlineData("Russia invited the United States to the talks on 12 January 2017.", 1)]
    [InlineData("Russia invited the United States to the talks on 10 January 2017.", 0)]
    [InlineData("Russia invited the United States to the talks in January 2017.", 0)]
    public void Extract_DateTheClaimDoesNotOverlap_SetsDateConflict(string statement, double conflict)
    {
        var claim = TalksCorpus.Claim(RussiaInvited);

        var features = PairFeatures.For(statement, claim, "en").Features;

        Assert.Equal(conflict, features[Feature.DateConflict]);
    }

    [Theory]
    [InlineData("Russia invited the United States to the talks in Geneva.", "en", RussiaInvited, 1)]
    [InlineData("Russia invited the United States to the talks in Astana.", "en", RussiaInvited, 0)]
    [InlineData("Russia invited the United States to the talks in January.", "en", RussiaInvited, 0)]
    [InlineData("Rusland har inviteret USA til forhandlingerne i Genève.", "da", "Rusland har inviteret USA til forhandlingerne i Astana", 1)]
    [InlineData("Rusland har inviteret USA til forhandlingerne i Astana.", "da", "Rusland har inviteret USA til forhandlingerne i Astana", 0)]
    public void Extract_PlaceTheClaimPutsElsewhere_SetsPlaceConflict(string statement, string language, string claimText, double conflict)
    {
        var claim = TalksCorpus.Claim(claimText);

        var features = PairFeatures.For(statement, claim, language).Features;

        Assert.Equal(conflict, features[Feature.PlaceConflict]);
        Assert.Equal(conflict * features[Feature.Coverage], features[Feature.PlaceConflictTimesCoverage], 6);
    }

    [Fact]
    public void Extract_DayWithoutYearTheClaimDoesNotOverlap_SetsDateConflict()
    {
        var claim = TalksCorpus.Claim(RussiaInvited);

        var features = PairFeatures.For("Russia invited the United States to the talks on January 12.", claim, "en").Features;

        Assert.Equal(1, features[Feature.DateConflict]);
    }

    [Theory]
    [InlineData("The rebels will send a delegation to the meeting.", 1)]
    [InlineData("The rebels may send a delegation to the meeting.", 0)]
    public void Extract_HedgedClaimAgainstAPlainStatement_SetsHedgeMismatch(string statement, double mismatch)
    {
        var claim = TalksCorpus.Claim("The rebels may send");

        var features = PairFeatures.For(statement, claim, "en").Features;

        Assert.True(claim.IsHedged);
        Assert.Equal(mismatch, features[Feature.HedgeMismatch]);
    }

    [Theory]
    [InlineData("Zarif said Russia invited Iran to the talks.", 1)]
    [InlineData("Lavrov said Russia invited Iran to the talks.", 0)]
    public void Extract_StatementNamingAnotherSpeaker_SetsSpeakerMismatch(string statement, double mismatch)
    {
        var claim = TalksCorpus.Claim(RussiaInvited);

        var features = PairFeatures.For(statement, claim, "en").Features;

        Assert.Equal(1, features[Feature.Attributed]);
        Assert.Equal(mismatch, features[Feature.SpeakerMismatch]);
    }

    [Theory]
    [InlineData("FNs generalsekretær sa at observatørene skal sendes til grensen i neste uke.", "nb", 0)]
    [InlineData("Russlands utenriksminister sa at observatørene skal sendes til grensen i neste uke.", "nb", 1)]
    public void Extract_SpeakerNamedByWhatTheySpeakFor_MatchesTheClaimsSpeakerRole(string statement, string language, double mismatch)
    {
        // The claim's speaker is named and described by role; the statement names the speaker only by the role's organisation.
        var claims = EngineParts.Document("observers.txt", "Observers will be sent to the border next week, U.N. Secretary-General Ban Ki-moon said on Monday.", "en");
        var claim = Assert.Single(claims);

        var features = PairFeatures.For(statement, claim, language, EngineParts.Index(claims)).Features;

        Assert.Equal("Ban Ki-moon", claim.Speaker?.Name);
        Assert.Equal(1, features[Feature.Attributed]);
        Assert.Equal(mismatch, features[Feature.SpeakerMismatch]);
    }

    private const string UnionReport = """
        Growers end the harbour dispute

        date 2021-05-04

        Marta Vidal, leader of the Northern Farmers Union (NFU), spoke at the harbour on Monday.

        Later that day Vidal apologised to the growers for the long delays at the harbour.

        Peter Lund, head of the Harbour Authority, said the quays would reopen.
        """;

    // "Holm" opens the sentence and is also a Danish word (an islet): the person the claim names is the actor all the same.
    private const string UnionRapport = """
        Fiskerne afslutter striden på havnen

        date 2021-05-04

        Jens Holm, formand for Danmarks Fiskeriforening, talte på havnen mandag.

        Holm undskyldte senere samme dag over for fiskerne, efter at de havde ventet i flere dage på havnen.
        """;

    [Theory]
    [InlineData("en", UnionReport, "The NFU leader apologised to the growers for the delays.", "apologised to the growers")]
    [InlineData("da", UnionRapport, "Formanden for Danmarks Fiskeriforening undskyldte over for fiskerne.", "Holm undskyldte")]
    public void Extract_ActorNamedByTheRoleTheDocumentGives_MatchesThePerson(string language, string report, string statement, string fragment)
    {
        var claims = EngineParts.Document($"union.{language}.txt", report, language);
        var claim = Assert.Single(claims, c => c.Text.Contains(fragment, StringComparison.Ordinal));

        var features = PairFeatures.For(statement, claim, language, EngineParts.Index(claims)).Features;

        Assert.Equal(1, features[Feature.ActorMatch]);
        Assert.Equal(0, features[Feature.ActorMismatch]);
    }

    [Fact]
    public void Extract_ActorNamedByAnotherBodysRole_IsAMismatch()
    {
        var claims = EngineParts.Document("union.en.txt", UnionReport, "en");
        var claim = Assert.Single(claims, c => c.Text.Contains("apologised to the growers", StringComparison.Ordinal));

        var features = PairFeatures.For("The Harbour Authority head apologised to the growers for the delays.", claim, "en", EngineParts.Index(claims)).Features;

        Assert.Equal(0, features[Feature.ActorMatch]);
    }

    [Fact]
    public void Extract_PredicateOnlyInTheContextAndItsOppositeInTheSentence_SetsOpposition()
    {
        const string Report = """
            Council approves harbour plan, then reverses

            date 2021-06-01

            The council rejected the harbour plan on Monday after a long debate.
            """;
        var claims = EngineParts.Document("council.en.txt", Report, "en");
        var claim = Assert.Single(claims, c => c.Text.Contains("rejected", StringComparison.Ordinal));

        var title = claims.Except([claim]).ToList();

        var features = PairFeatures.For("The council approved the harbour plan.", claim, "en", EngineParts.Index(claims), title).Features;

        Assert.Equal(1, features[Feature.Opposition]);
    }
    // The document introduces the person by the full name; the sentence names her by the surname only.
    [Theory]
    [InlineData("en", UnionReport, "Marta Vidal apologised to the growers.", "apologised to the growers")]
    [InlineData("da", UnionRapport, "Jens Holm undskyldte over for fiskerne.", "Holm undskyldte")]
    public void Extract_FirstNameOfThePersonTheSentenceNamesBySurname_IsExpressedByTheSentence(string language, string report, string statement, string fragment)
    {
        var claims = EngineParts.Document($"union.{language}.txt", report, language);
        var claim = Assert.Single(claims, c => c.Text.Contains(fragment, StringComparison.Ordinal));

        var pair = PairFeatures.For(statement, claim, language, EngineParts.Index(claims));

        Assert.All(pair.Alignments.Take(2), a => Assert.Equal(AlignmentPlace.Sentence, a.Place));
        Assert.Equal(0, pair.Features[Feature.NameConflict]);
        Assert.Equal(1, pair.Features[Feature.ActorMatch]);
    }

    [Fact]
    public void Extract_FirstNameOfAnotherPerson_IsNotCompletedBySurname()
    {
        var claims = EngineParts.Document("union.en.txt", UnionReport, "en");
        var claim = Assert.Single(claims, c => c.Text.Contains("apologised to the growers", StringComparison.Ordinal));

        var pair = PairFeatures.For("Peter Vidal apologised to the growers.", claim, "en", EngineParts.Index(claims));

        Assert.NotEqual(AlignmentPlace.Sentence, pair.Alignments[0].Place);
    }

    private const string AgreementReport = """
        Growers and harbour sign the quay agreement

        date 2021-05-06

        Marta Vidal signed the quay agreement on 5 May 2021 together with Peter Lund, head of the Harbour Authority.

        The agreement reopens the quays to the growers' boats.
        """;

    // A subject of two coordinated names: either one acting in the claim is the statement's actor acting.
    [Theory]
    [InlineData("Vidal and Lund signed the quay agreement.", 1)]
    [InlineData("Lund and Vidal signed the quay agreement.", 1)]
    [InlineData("Holm and Berg signed the quay agreement.", 0)]
    public void Extract_CoordinatedSubject_MatchesTheClaimsActorByAnyOfItsNames(string statement, int expected)
    {
        var claims = EngineParts.Document("quay.en.txt", AgreementReport, "en");
        var claim = Assert.Single(claims, c => c.Text.StartsWith("Marta Vidal signed", StringComparison.Ordinal));

        var features = PairFeatures.For(statement, claim, "en", EngineParts.Index(claims)).Features;

        Assert.Equal(expected, features[Feature.ActorMatch]);
        Assert.Equal(1 - expected, features[Feature.ActorMismatch]);
    }

    // The title says the agreement was signed; the lead says on which day. The statement's other day conflicts with it.
    [Theory]
    [InlineData("The quay agreement was signed on 5 June 2021.", 1)]
    [InlineData("The quay agreement was signed on 5 May 2021.", 0)]
    public void Extract_DateOnlyInTheContext_ConflictsWithAnotherDay(string statement, int expected)
    {
        var claims = EngineParts.Document("quay.en.txt", AgreementReport, "en");
        var title = Assert.Single(claims, c => c.Text.StartsWith("Growers and harbour sign", StringComparison.Ordinal));
        Assert.Empty(title.Dates);

        var features = PairFeatures.For(statement, title, "en", EngineParts.Index(claims), claims.Except([title]).ToList()).Features;

        Assert.Equal(expected, features[Feature.DateConflict]);
    }
}
