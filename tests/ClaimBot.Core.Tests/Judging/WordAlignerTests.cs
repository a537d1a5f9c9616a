using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

public sealed class WordAlignerTests
{
    [Theory]
    [InlineData("invited", "en", "invites", "en", MatchKind.Exact)]
    [InlineData("negotiations", "en", "forhandlingerne", "da", MatchKind.Translation)]
    [InlineData("agreement", "en", "aftalen", "da", MatchKind.Translation)]
    [InlineData("invited", "en", "eingeladen", "de", MatchKind.Translation)]
    [InlineData("truce", "en", "ceasefire", "en", MatchKind.Synonym)]
    [InlineData("Sergey", "en", "Sergej", "da", MatchKind.Name)]
    [InlineData("fred", "da", "fredsaftalen", "da", MatchKind.Part)]
    [InlineData("weapon", "en", "gun", "en", MatchKind.Related)]
    [InlineData("December", "en", "desember", "nb", MatchKind.Translation)]
    [InlineData("januar", "da", "janvier", "fr", MatchKind.Translation)]
    public void Align_WordsExpressingOneConcept_MatchByTheExpectedKind(string word, string language, string other, string otherLanguage, MatchKind kind)
    {
        var match = Align(word, language, other, otherLanguage);

        Assert.Equal(kind, match.Kind);
        Assert.True(match.Strength is > 0 and <= 1, $"strength {match.Strength}");
    }

    [Fact]
    public void Align_Translation_IsWeakerThanTheSameWord()
    {
        var exact = Align("forhandlinger", "da", "forhandlingerne", "da");

        var translation = Align("negotiations", "en", "forhandlingerne", "da");

        Assert.Equal(1, exact.Strength);
        Assert.True(translation.Strength < exact.Strength);
    }

    [Theory]
    [InlineData("weapon", "en", "agreement", "en")]
    [InlineData("Sergey", "en", "Zarif", "en")]
    [InlineData("krig", "da", "aftalen", "da")]
    [InlineData("December", "en", "januar", "da")]
    public void Align_UnrelatedWords_DoNotMatch(string word, string language, string other, string otherLanguage)
    {
        var match = Align(word, language, other, otherLanguage);

        Assert.False(match.IsMatch);
        Assert.Equal(MatchKind.None, match.Kind);
    }

    [Theory]
    [InlineData("welcomed", "objects", true)]
    [InlineData("increase", "decrease", true)]
    [InlineData("invited", "excluded", true)]
    [InlineData("welcome", "invite", false)]
    [InlineData("increase", "rise", false)]
    public void Oppose_EnglishPredicates_FollowsTheOppositesAndAntonyms(string word, string other, bool opposite)
    {
        var words = EngineParts.Get<WordAnalyzer>();

        var result = EngineParts.Get<WordAligner>().Oppose(words.Analyze(word, "en")[0], "en", words.Analyze(other, "en")[0], "en");

        Assert.Equal(opposite, result);
    }

    [Theory]
    [InlineData("welcomed", "en", "afviser", "da")]
    [InlineData("welcomed", "en", "ablehnen", "de")]
    [InlineData("accepterer", "da", "afviser", "da")]
    public void Oppose_StanceVerbsInOtherLanguages_AreOppositeThroughTheirConcepts(string word, string language, string other, string otherLanguage)
    {
        var words = EngineParts.Get<WordAnalyzer>();

        var result = EngineParts.Get<WordAligner>().Oppose(words.Analyze(word, language)[0], language, words.Analyze(other, otherLanguage)[0], otherLanguage);

        Assert.True(result);
    }

    [Fact]
    public void Oppose_SameWord_IsNotOpposite()
    {
        var word = EngineParts.Get<WordAnalyzer>().Analyze("objects", "en")[0];

        var result = EngineParts.Get<WordAligner>().Oppose(word, "en", word, "en");

        Assert.False(result);
    }

    [Theory]
    [InlineData("signed in Cartagena", "en", "the city", "en")]
    [InlineData("leder af Farc", "da", "min far", "da")]
    public void Align_NameInASentence_DoesNotMatchItsHypernymOrAShorterWord(string phrase, string language, string otherPhrase, string otherLanguage)
    {
        var words = EngineParts.Get<WordAnalyzer>();
        var name = words.Analyze(phrase, language)[^1];
        var other = words.Analyze(otherPhrase, otherLanguage)[^1];

        var match = EngineParts.Get<WordAligner>().Align(name, language, other, otherLanguage, EngineParts.Weights.Expansion);

        Assert.Equal(WordKind.Name, name.Kind);
        Assert.False(match.IsMatch, $"{name.Token.Text} ~ {other.Token.Text}: {match.Kind}");
    }

    // English says in two words what German and Danish say in one: the phrase's words meet the compound through the
    // multi-word entry's synset, each of them, and not when they stand apart.
    [Theory]
    [InlineData("She sang the national anthem.", "anthem", "Nationalhymne", "de")]
    [InlineData("She sang the national anthem.", "national", "Nationalhymne", "de")]
    [InlineData("He interpreted in sign language.", "language", "Gebärdensprache", "de")]
    [InlineData("The stock exchange closed.", "exchange", "Börse", "de")]
    public void Align_WordOfAMultiWordEntry_MeetsTheOneWordTranslationOfThePhrase(string sentence, string word, string other, string otherLanguage)
    {
        var words = EngineParts.Get<WordAnalyzer>();
        var inPhrase = words.AnalyzeWithPhrases(WordTokenizer.Tokenize(sentence), "en").Single(w => w.Token.Text == word);
        var alone = words.Analyze(word, "en")[0];
        var compound = words.Analyze(other, otherLanguage)[0];
        var aligner = EngineParts.Get<WordAligner>();

        Assert.Equal(MatchKind.Translation, aligner.Align(inPhrase, "en", compound, otherLanguage, EngineParts.Weights.Expansion).Kind);
        Assert.NotEqual(MatchKind.Translation, aligner.Align(alone, "en", compound, otherLanguage, EngineParts.Weights.Expansion).Kind);
    }

    private static WordMatch Align(string word, string language, string other, string otherLanguage)
    {
        var words = EngineParts.Get<WordAnalyzer>();
        return EngineParts.Get<WordAligner>().Align(words.Analyze(word, language)[0], language, words.Analyze(other, otherLanguage)[0], otherLanguage, EngineParts.Weights.Expansion);
    }
}
