using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class QueryAnalyzerTests
{
    [Theory]
    [InlineData("en", "Who invited the United States to Astana?", QuestionType.Who, AnswerKind.Person)]
    [InlineData("en", "When will the talks begin?", QuestionType.When, AnswerKind.Date)]
    [InlineData("en", "How many delegations are expected?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("en", "Where will the talks be held?", QuestionType.Where, AnswerKind.Place)]
    [InlineData("da", "Hvem inviterede USA til Astana?", QuestionType.Who, AnswerKind.Person)]
    [InlineData("da", "Hvornår begynder forhandlingerne?", QuestionType.When, AnswerKind.Date)]
    [InlineData("da", "Hvor mange delegationer ventes der?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("da", "Hvor skal forhandlingerne holdes?", QuestionType.Where, AnswerKind.Place)]
    [InlineData("de", "Wer hat die USA nach Astana eingeladen?", QuestionType.Who, AnswerKind.Person)]
    [InlineData("de", "Wann beginnen die Verhandlungen?", QuestionType.When, AnswerKind.Date)]
    [InlineData("de", "Wie viele Delegationen werden erwartet?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("de", "Wo finden die Verhandlungen statt?", QuestionType.Where, AnswerKind.Place)]
    [InlineData("fr", "Qui a invité les États-Unis à Astana ?", QuestionType.Who, AnswerKind.Person)]
    [InlineData("fr", "Quand les négociations commencent-elles ?", QuestionType.When, AnswerKind.Date)]
    [InlineData("fr", "Combien de délégations sont attendues ?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("fr", "Où les négociations auront-elles lieu ?", QuestionType.Where, AnswerKind.Place)]
    [InlineData("en", "Which country invited the United States?", QuestionType.What, AnswerKind.Place)]
    [InlineData("en", "How old was the minister when the talks began?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("en", "How long did the talks last?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("nb", "Hvor lenge varte forhandlingene?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("nb", "Hvor ble forhandlingene holdt?", QuestionType.Where, AnswerKind.Place)]
    [InlineData("da", "Hvor gammel var ministeren?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("sv", "Hur länge varade förhandlingarna?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("de", "Wie alt war der Minister?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("fr", "Quel âge avait le ministre ?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("en", "How many people voted in the referendum?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("da", "Hvor mange personer stemte?", QuestionType.Quantity, AnswerKind.Number)]
    [InlineData("de", "Wie heißt die Stadt, in der die Verhandlungen stattfanden?", QuestionType.What, AnswerKind.Place)]
    [InlineData("de", "Wie lautet der Name des Abkommens?", QuestionType.What, AnswerKind.Any)]
    [InlineData("de", "Wie reagierte die Regierung?", QuestionType.How, AnswerKind.Manner)]
    [InlineData("en", "What percentage of the voters rejected the deal?", QuestionType.What, AnswerKind.Number)]
    [InlineData("de", "Welcher Prozentsatz der Wähler lehnte das Abkommen ab?", QuestionType.What, AnswerKind.Number)]
    [InlineData("da", "Hvilket land inviterede USA?", QuestionType.What, AnswerKind.Place)]
    public void Analyze_Question_ReadsTypeAndExpectedAnswerKind(string language, string question, QuestionType type, AnswerKind expected)
    {
        var query = Analyze(question, QueryKind.Question, language);

        Assert.Equal(type, query.Type);
        Assert.Equal(expected, query.Expected);
        Assert.True(query.Skipped[0], "The question word should be skipped.");
        Assert.DoesNotContain(query.Concepts, c => c.Word == 0);
    }

    [Theory]
    [InlineData("The mediator Ola Rose met both delegations in Hollin on Monday.", WordKind.Name)]
    [InlineData("A rose garden surrounds the hall in Hollin where the delegations met.", WordKind.Word)]
    public void Analyze_CapitalisedFirstWord_IsANameWhenTheSourcesWriteItAsOne(string source, WordKind expected)
    {
        var index = EngineParts.Index(EngineParts.Document("hollin.txt", "Talks in Hollin\n\n" + source, "en"));

        var query = EngineParts.Query("Rose met both delegations in Hollin.", QueryKind.Statement, index, "en");

        Assert.Equal(expected, query.Words[0].Kind);
    }

    [Theory]
    [InlineData("Who invited the United States to Astana?", "en")]
    [InlineData("Hvem inviterede USA til Astana?", "da")]
    [InlineData("Wann beginnen die Verhandlungen in Astana?", "de")]
    [InlineData("Combien de délégations sont attendues à Astana ?", "fr")]
    public void Analyze_LanguageNotGiven_DetectsIt(string question, string language)
    {
        var query = EngineParts.Get<QueryAnalyzer>().Analyze(question, QueryKind.Question, ClaimIndex.Empty, EngineParts.Weights.Expansion);

        Assert.Equal(language, query.Language);
    }

    [Theory]
    [InlineData("Lavrov said Russia invited Iran to the talks.", "en")]
    [InlineData("Lavrov sagde, at Rusland har inviteret Iran til forhandlingerne.", "da")]
    public void Analyze_AttributedStatement_ReadsTheSpeakerAndDropsTheReportingVerb(string statement, string language)
    {
        var query = Analyze(statement, QueryKind.Statement, language);

        Assert.Equal("Lavrov", query.Speaker);
        Assert.Contains("country:ru", query.EntityIds);
        Assert.Contains("country:ir", query.EntityIds);
        Assert.DoesNotContain(query.Concepts, c => c.Surface is "said" or "sagde");
    }

    [Fact]
    public void Analyze_AttributedStatementNamingTheUnitedStates_KeepsTheEntity()
    {
        var query = Analyze("Lavrov said Russia invited the United States to the talks.", QueryKind.Statement, "en");

        Assert.Equal("Lavrov", query.Speaker);
        Assert.Contains("country:us", query.EntityIds);
    }

    [Theory]
    [InlineData("The floods killed 120 people in the valley, officials confirmed on Sunday.", "en", "officials", "confirmed")]
    [InlineData("Aftalen omfatter 14 fiskezoner i Stillehavet, oplyser det norske fiskeriministerium.", "da", "fiskeriministerium", "oplyser")]
    public void Analyze_StatementReportedByNoNamedSource_DropsTheReportingFrameKeepsTheFact(string statement, string language, string source, string verb)
    {
        var query = Analyze(statement, QueryKind.Statement, language);

        Assert.DoesNotContain(query.Concepts, c => c.Surface == source || c.Surface == verb);
        Assert.True(query.Concepts.Count(c => c.Kind == ConceptKind.Word) >= 3, "The fact's own words should stay concepts.");
    }

    [Fact]
    public void Analyze_UnattributedStatement_HasNoSpeaker()
    {
        var query = Analyze("Russia invited Iran to the talks.", QueryKind.Statement, "en");

        Assert.Null(query.Speaker);
    }

    [Theory]
    [InlineData("Iran has not invited the United States.", "en", true)]
    [InlineData("Iran har ikke inviteret USA.", "da", true)]
    [InlineData("Iran hat die USA nicht eingeladen.", "de", true)]
    [InlineData("Iran has invited the United States.", "en", false)]
    [InlineData("Iran har inviteret USA.", "da", false)]
    public void Analyze_Statement_ReadsNegation(string statement, string language, bool negated)
    {
        var query = Analyze(statement, QueryKind.Statement, language);

        Assert.Equal(negated, query.Negated);
        Assert.DoesNotContain(query.Concepts, c => c.Surface is "not" or "ikke" or "nicht");
    }

    [Theory]
    [InlineData("The war has cost roughly 200,000 lives.", "en", "roughly", "200000", NumberBound.Approximately)]
    [InlineData("More than six million people fled the fighting.", "en", "More", "6000000", NumberBound.AtLeast)]
    [InlineData("Mindst 220.000 mennesker er dræbt i krigen.", "da", "Mindst", "220000", NumberBound.AtLeast)]
    [InlineData("Im Konflikt wurden mehr als 260.000 Menschen getötet.", "de", "mehr", "260000", NumberBound.AtLeast)]
    [InlineData("Valgdeltagelsen var under 40 procent.", "da", "under", "40", NumberBound.AtMost)]
    public void Analyze_QualifiedNumber_ReadsTheBoundAndSkipsTheQualifier(string statement, string language, string qualifier, string value, NumberBound bound)
    {
        var query = Analyze(statement, QueryKind.Statement, language);

        Assert.Equal(bound, query.BoundOf(value));
        Assert.DoesNotContain(query.Concepts, c => string.Equals(c.Surface, qualifier, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Analyze_PlainNumber_IsMeantExactly()
    {
        var query = Analyze("Fourteen delegations came to the talks.", QueryKind.Statement, "en");

        Assert.Equal(NumberBound.Exactly, query.BoundOf("14"));
    }

    [Theory]
    [InlineData("Six delegations arrived in Astana.", "en", "6")]
    [InlineData("Seks millioner mennesker er flygtet.", "da", "6000000")]
    [InlineData("Sechs Delegationen sind in Astana eingetroffen.", "de", "6")]
    public void Analyze_NumberWord_BecomesANumberConcept(string statement, string language, string value)
    {
        var query = Analyze(statement, QueryKind.Statement, language);

        var number = Assert.Single(query.Concepts, c => c.Kind == ConceptKind.Number);
        Assert.Equal(value, number.Surface);
        Assert.Equal([value], query.Numbers);
        Assert.Equal(SearchTerms.Number(value), Assert.Single(number.Terms).Term);
    }

    [Fact]
    public void Analyze_DateWithYear_BecomesADateConcept()
    {
        var query = Analyze("The talks began on 23 January 2017.", QueryKind.Statement, "en");

        var date = Assert.Single(query.Concepts, c => c.Kind == ConceptKind.Date);
        Assert.Equal("2017-01-23", date.Surface);
        Assert.Equal("d:2017-01-23", Assert.Single(date.Terms).Term);
    }

    [Fact]
    public void Analyze_MonthName_IsAWordExpandedIntoTheMonthNamesOfTheIndexLanguages()
    {
        var claims = EngineParts.Document("nb-seremoni.txt", "Seremoni i Oslo\n\nSeremonien fant sted i desember, og kongen var til stede.", "nb");
        var index = EngineParts.Index(claims);

        var query = EngineParts.Query("the ceremony in December", QueryKind.Topic, index, "en");

        var month = Assert.Single(query.Concepts, c => c.Surface == "December");
        Assert.Equal(ConceptKind.Word, month.Kind);
        Assert.Contains(month.Terms, t => t.Term == EngineParts.Stem("desember", "nb") && t.Kind == MatchKind.Translation);
    }

    [Theory]
    [InlineData("According to the agreement, the rebels were to get five seats.", "en", "agreement")]
    [InlineData("Ifølge aftalen skulle oprørerne have fem pladser i senatet.", "da", "aftalen")]
    public void Analyze_AttributionToADocument_HasNoSpeakerAndMatchesTheDocumentWord(string statement, string language, string documentWord)
    {
        var query = Analyze(statement, QueryKind.Statement, language);

        Assert.Null(query.Speaker);
        Assert.Contains(query.Concepts, c => c.Surface == documentWord);
        Assert.DoesNotContain(query.Concepts, c => c.Surface is "According" or "according" or "Ifølge");
    }

    [Theory]
    [InlineData("According to Lavrov, the talks will begin on Monday.", "en", "Lavrov")]
    [InlineData("Ifølge udenrigsminister Lavrov begynder forhandlingerne mandag.", "da", "Lavrov")]
    public void Analyze_AttributionToAPerson_ReadsTheSpeakerAndDropsTheCue(string statement, string language, string speaker)
    {
        var query = Analyze(statement, QueryKind.Statement, language);

        Assert.Equal(speaker, query.Speaker);
        Assert.DoesNotContain(query.Concepts, c => c.Surface is "According" or "Ifølge");
    }

    [Fact]
    public void Analyze_HedgedStatement_IsHedged()
    {
        var hedged = Analyze("Iran may invite the United States.", QueryKind.Statement, "en");
        var plain = Analyze("Iran will invite the United States.", QueryKind.Statement, "en");

        Assert.True(hedged.Hedged);
        Assert.False(plain.Hedged);
    }

    [Fact]
    public void Analyze_IndexHoldingDanishClaims_ExpandsAnEnglishWordIntoItsDanishTranslation()
    {
        var index = TalksCorpus.Index;

        var query = EngineParts.Query("negotiations", QueryKind.Topic, index, "en");

        var concept = Assert.Single(query.Concepts);
        Assert.Contains(concept.Terms, t => t.Term == EngineParts.Stem("forhandlingerne", "da") && t.Kind == MatchKind.Translation);
        Assert.Contains(concept.Terms, t => t.Term == EngineParts.Stem("negotiations", "en") && t.Kind == MatchKind.Exact && t.Weight == 1);
    }

    [Fact]
    public void Analyze_TypeNounAfterTheQuestionWord_SetsTheExpectedKindAndStaysAConcept()
    {
        var query = Analyze("Which country invited the United States?", QueryKind.Question, "en");

        Assert.Equal(AnswerKind.Place, query.Expected);
        Assert.False(query.Skipped[1]);
        Assert.Contains(query.Concepts, c => c.Surface == "country");
    }

    // A day's month is part of the date (one argument of the statement, compared as a date), and its names in the
    // sources' languages are the date's terms; a month alone stays a word.
    [Theory]
    [InlineData("The agreement was signed on 24 October 2016.", "en")]
    [InlineData("Aftalen blev underskrevet den 24. oktober 2016.", "da")]
    public void Analyze_DateWithItsMonthName_IsOneConceptFindingTheMonthInOtherLanguages(string statement, string language)
    {
        var claims = EngineParts.Document("signing.de.txt", "Unterzeichnung\n\ndate 2016-10-25\n\nDas Abkommen wurde am 24. Oktober unterzeichnet.", "de");

        var query = EngineParts.Query(statement, QueryKind.Statement, EngineParts.Index(claims), language);

        var date = Assert.Single(query.Concepts, c => c.Kind == ConceptKind.Date);
        Assert.Equal("2016-10-24", date.Surface);
        Assert.Contains(date.Terms, t => t.Term == EngineParts.Stem("Oktober", "de"));
        Assert.DoesNotContain(query.Concepts, c => c.Kind != ConceptKind.Date && c.Surface.Contains("ktober", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Analyze_MonthWithoutDayOrYear_StaysAWord()
    {
        var query = Analyze("The ceremony is held in December.", QueryKind.Statement, "en");

        Assert.Contains(query.Concepts, c => c.Kind == ConceptKind.Word && c.Surface == "December");
    }

    private static AnalyzedQuery Analyze(string text, QueryKind kind, string language) =>
        EngineParts.Query(text, kind, ClaimIndex.Empty, language);
}
