using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("da", "Mødet finder sted 8. februar i Oslo. Det oplyser ministeriet.", "Mødet finder sted 8. februar i Oslo.")]
    [InlineData("nb", "Valget holdes 11. september i hele landet. Det opplyser departementet.", "Valget holdes 11. september i hele landet.")]
    [InlineData("de", "Die Gespräche beginnen am 3. Oktober in Wien. Das teilte das Ministerium mit.", "Die Gespräche beginnen am 3. Oktober in Wien.")]
    [InlineData("da", "Kommunen har bl.a. købt nye busser til Odense. Det siger borgmesteren.", "Kommunen har bl.a. købt nye busser til Odense.")]
    [InlineData("en", "Mr. Okafor arrived in Lagos on Sunday. He met the governor.", "Mr. Okafor arrived in Lagos on Sunday.")]
    [InlineData("en", "The report was written by J. Smith and K. Brown of the trade office. It was published today.", "The report was written by J. Smith and K. Brown of the trade office.")]
    [InlineData("en", "Inflation rose to 3.5 percent in May. Prices of food rose most.", "Inflation rose to 3.5 percent in May.")]
    public void Split_AbbreviationsOrdinalsInitialsDecimals_DoNotEndTheSentence(string language, string text, string first)
    {
        var splitter = IngestionServices.Get<SentenceSplitter>();

        var sentences = splitter.Split(text, 0, text.Length, language);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, text[sentences[0].Start..sentences[0].End]);
    }

    [Fact]
    public void Split_NumberEndingASentence_SplitsBeforeNextSentence()
    {
        const string Text = "Antallet af ansatte steg til 12. Næste år ventes endnu flere.";
        var splitter = IngestionServices.Get<SentenceSplitter>();

        var sentences = splitter.Split(Text, 0, Text.Length, "da");

        Assert.Equal(["Antallet af ansatte steg til 12.", "Næste år ventes endnu flere."], sentences.Select(s => Text[s.Start..s.End]));
    }

    [Fact]
    public void Split_QuestionAndExclamation_EndSentencesWithTheirClosingQuote()
    {
        const string Text = "\"Who will pay for this?\" the mayor asked. \"Not us!\" the union replied.";
        var splitter = IngestionServices.Get<SentenceSplitter>();

        var sentences = splitter.Split(Text, 0, Text.Length, "en");

        Assert.Equal(["\"Who will pay for this?\" the mayor asked.", "\"Not us!\" the union replied."], sentences.Select(s => Text[s.Start..s.End]));
    }

    [Fact]
    public void Split_SpanInsideLargerText_OffsetsPointIntoTheWholeText()
    {
        const string Text = "HEADER\nThe ferry to Gotland was cancelled. Storms are expected until Friday.";
        var splitter = IngestionServices.Get<SentenceSplitter>();

        var sentences = splitter.Split(Text, 7, Text.Length, "en");

        Assert.Equal("The ferry to Gotland was cancelled.", Text[sentences[0].Start..sentences[0].End]);
        Assert.Equal("Storms are expected until Friday.", Text[sentences[1].Start..sentences[1].End]);
    }
}
