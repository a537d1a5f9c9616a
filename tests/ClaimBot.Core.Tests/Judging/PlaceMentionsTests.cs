using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

public sealed class PlaceMentionsTests
{
    [Theory]
    [InlineData("The revised deal was signed in Bogota on Thursday.", "en", "Bogota")]
    [InlineData("They met at Bogota's Colon Theater.", "en", "Bogota's")]
    [InlineData("Santos fik prisen i Oslo i går.", "da", "Oslo")]
    [InlineData("La cérémonie a eu lieu à Oslo.", "fr", "Oslo")]
    [InlineData("Die Feier fand im Rathaus statt.", "de", "Rathaus")]
    public void Of_NameAfterALocativePreposition_IsAPlace(string text, string language, string place)
    {
        var tokens = WordTokenizer.Tokenize(text);

        var places = PlaceMentions.Of(tokens, Lexicon(language), language);

        Assert.Equal([place], places.Select(i => tokens[i].Text));
    }

    [Theory]
    [InlineData("The deal was signed in October by Santos.", "en")]
    [InlineData("Santos met Londono in the Colombian capital.", "en")]
    [InlineData("Aftalen blev underskrevet i november.", "da")]
    [InlineData("Colombia's president spoke in public.", "en")]
    public void Of_MonthsLowerCaseWordsAndNamesWithoutAPreposition_AreNoPlace(string text, string language)
    {
        var places = PlaceMentions.Of(WordTokenizer.Tokenize(text), Lexicon(language), language);

        Assert.Empty(places);
    }

    private static LanguageLexicon Lexicon(string language) => EngineParts.Get<LexiconCatalog>().For(language);
}
