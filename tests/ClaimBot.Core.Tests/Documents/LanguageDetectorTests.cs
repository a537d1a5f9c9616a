using ClaimBot.Core.Documents;
using ClaimBot.Core.Tests.Extraction;

namespace ClaimBot.Core.Tests.Documents;

public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string> Articles() => new()
    {
        { "da", "Regeringen i Danmark siger, at den vil bygge flere veje i Jylland. Det er ikke klart, hvad det kommer til at koste, men de fleste partier støtter planen." },
        { "en", "The government in Canada says it will build more roads in the north. It is not clear how much this will cost, but most parties support the plan." },
        { "nb", "Regjeringen i Norge sier at den vil bygge flere veier i nord. Det er ikke klart hvor mye det vil koste, men de fleste partiene på Stortinget støtter planen." },
        { "sv", "Regeringen i Sverige säger att den ska bygga fler vägar i norr. Det är inte klart hur mycket det kommer att kosta, men de flesta partierna stöder planen." },
        { "de", "Die Regierung in Österreich sagt, dass sie mehr Straßen im Norden bauen will. Es ist noch nicht klar, wie viel das kosten wird, aber die meisten Parteien unterstützen den Plan." },
        { "fr", "Le gouvernement belge affirme qu'il va construire de nouvelles routes dans le nord. Il n'est pas encore clair combien cela va coûter, mais la plupart des partis soutiennent le projet." },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Detect_NewsProse_ReturnsItsLanguage(string expected, string text)
    {
        var detector = IngestionServices.Get<LanguageDetector>();

        var language = detector.Detect(text);

        Assert.Equal(expected, language);
    }

    [Fact]
    public async Task Warm_OnAnotherThreadWhileQuestionsAreDetected_ChangesNoDetection()
    {
        string[] questions = ["Hvem blev inviteret til Astana?", "Hvem ble invitert til Astana?", "Vem bjöds in till Astana?", "Who was invited to Astana?", "Wer wurde nach Astana eingeladen?", "Qui a été invité à Astana ?"];
        var expected = questions.Select(q => IngestionServices.Get<LanguageDetector>().DetectQuery(q)).ToList();
        var fresh = new LanguageDetector(IngestionServices.Get<Core.Retrieval.TextAnalyzer>(), IngestionServices.Get<Core.Extraction.LexiconCatalog>());

        var warm = Task.Run(fresh.Warm);
        var detected = await Task.WhenAll(questions.Select(q => Task.Run(() => fresh.DetectQuery(q))));
        await warm;

        Assert.Equal(expected, detected);
        Assert.Equal(["da", "nb", "sv", "en", "de", "fr"], expected);
    }

    [Fact]
    public void Detect_NorwegianWithOnlyFunctionWordsSharedWithDanish_IsNotDanish()
    {
        var detector = IngestionServices.Get<LanguageDetector>();

        var language = detector.Detect("Statsministeren sa til NTB at det er viktig for hele landet, og at hun ikke sier mer om saken.");

        Assert.Equal("nb", language);
    }

    [Theory]
    [InlineData("sv", "Vad kallas en modern tolkning av islam?")]
    [InlineData("sv", "Vilken kanal ersatte Nordic TV?")]
    [InlineData("sv", "Vem var Haralds fru?")]
    [InlineData("sv", "Vilken dynasti kom efter Ming?")]
    [InlineData("sv", "Vem flydde kungen med?")]
    [InlineData("da", "Hvad kaldes en moderne fortolkning af islam?")]
    [InlineData("nb", "Hva kalles en moderne tolkning av islam?")]
    [InlineData("nb", "Hvem var Haralds kone?")]
    public void DetectQuery_ShortScandinavianQuestion_TheQuestionWordOnlyOneLanguageUsesDecides(string expected, string question)
    {
        // On a few words the n-gram models confuse the three; "vad", "hvad" and "hva" each belong to one of them.
        var detector = IngestionServices.Get<LanguageDetector>();

        var language = detector.DetectQuery(question);

        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("What did Timoschenko promise for the new bridge?")]
    [InlineData("Why did Kowalczyk leave the talks in the end?")]
    public void DetectQuery_EnglishQuestionWithAForeignName_IsEnglish(string question)
    {
        // The n-gram models alone read these as German and Bokmål: the name outweighs the short question around it.
        var detector = IngestionServices.Get<LanguageDetector>();

        var language = detector.DetectQuery(question);

        Assert.Equal("en", language);
    }

    [Theory]
    [InlineData("xq zrplk vvbnt qqqr wffp klonx brrt zzyq pmmf")]
    [InlineData("")]
    [InlineData("12 345 6789 -- ... !!!")]
    public void Detect_GibberishOrNoWords_ReturnsUnd(string text)
    {
        var detector = IngestionServices.Get<LanguageDetector>();

        var language = detector.Detect(text);

        Assert.Equal("und", language);
    }

    [Fact]
    public void Read_DanishArticle_DocumentCarriesDetectedLanguage()
    {
        const string Text = "Borgmesteren i Aarhus siger, at byen vil plante tusind nye træer i år.\n\nDet er første gang, at kommunen bruger så mange penge på grønne områder.";

        var read = IngestionServices.Read("aarhus.txt", Text);

        Assert.Equal("da", read.Document!.Language);
    }
}
