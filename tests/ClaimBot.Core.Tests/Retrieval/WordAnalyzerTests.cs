using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class WordAnalyzerTests
{
    [Theory]
    [InlineData("Yesterday the minister met Zarif in Astana.", "en", "Zarif")]
    [InlineData("I går mødte ministeren Zarif i Astana.", "da", "Zarif")]
    [InlineData("Gestern hat Merkel das Abkommen unterzeichnet.", "de", "Merkel")]
    public void Analyze_CapitalisedWordInsideASentence_IsAName(string sentence, string language, string name)
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze(sentence, language);

        var word = words.Single(w => w.Token.Text == name);
        Assert.Equal(WordKind.Name, word.Kind);
        Assert.Equal(name.ToLowerInvariant(), word.Stem);
    }

    [Theory]
    [InlineData("Agreement was reached in Astana on Monday.", "en", "Agreement")]
    [InlineData("Aftalen blev underskrevet i Ankara.", "da", "Aftalen")]
    public void Analyze_KnownWordAtSentenceStart_IsAWord(string sentence, string language, string first)
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze(sentence, language);

        Assert.Equal(first, words[0].Token.Text);
        Assert.Equal(WordKind.Word, words[0].Kind);
        Assert.Equal(EngineParts.Stem(first, language), words[0].Stem);
    }

    [Fact]
    public void Analyze_UnknownWordAtSentenceStart_IsAName()
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze("Lavrov met the envoy in Astana.", "en");

        Assert.Equal(WordKind.Name, words[0].Kind);
    }

    [Theory]
    [InlineData("Regierung")]
    [InlineData("Abkommen")]
    [InlineData("Außenminister")]
    public void Analyze_GermanNounTheLexiconKnows_IsAWordNotAName(string noun)
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze($"Gestern hat die {noun} in Berlin getagt.", "de");

        Assert.Equal(WordKind.Word, words.Single(w => w.Token.Text == noun).Kind);
    }

    [Fact]
    public void Analyze_Acronym_IsAName()
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze("NATO og FN holder møde i morgen.", "da");

        Assert.Equal(WordKind.Name, words[0].Kind);
        Assert.Equal(WordKind.Name, words.Single(w => w.Token.Text == "FN").Kind);
    }

    [Theory]
    [InlineData("Regeringen har underskrevet fredsaftalen.", "da", "fredsaftalen", "fred", "aftale")]
    [InlineData("Regjeringen har signert fredsavtalen.", "nb", "fredsavtalen", "fred", "avtale")]
    public void Analyze_ScandinavianCompound_GetsItsParts(string sentence, string language, string compound, string head, string tail)
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze(sentence, language);

        var word = words.Single(w => w.Token.Text == compound);
        Assert.Equal(WordKind.Word, word.Kind);
        Assert.Contains(EngineParts.Stem(head, language), word.Parts);
        Assert.Contains(EngineParts.Stem(tail, language), word.Parts);
    }

    [Fact]
    public void Analyze_GermanCompoundNoun_GetsItsParts()
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze("Gestern hat die Regierung den Friedensvertrag unterzeichnet.", "de");

        var word = words.Single(w => w.Token.Text == "Friedensvertrag");
        Assert.Equal(WordKind.Word, word.Kind);
        Assert.Contains(EngineParts.Stem("Frieden", "de"), word.Parts);
        Assert.Contains(EngineParts.Stem("Vertrag", "de"), word.Parts);
    }

    [Fact]
    public void Analyze_WordTheLexiconKnowsWhole_IsNotSplit()
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze("Forhandlingerne fortsætter i morgen.", "da");

        Assert.Empty(words[0].Parts);
    }

    [Fact]
    public void Analyze_StopWord_IsNotContent()
    {
        var words = EngineParts.Get<WordAnalyzer>().Analyze("Die Regierung hat das Abkommen unterzeichnet.", "de");

        Assert.True(words[0].IsStopWord);
        Assert.False(words[0].IsContent);
        Assert.Equal(WordKind.Word, words[0].Kind);
    }

    [Theory]
    [InlineData("Matlin translated it into sign language.", "en", "sign", "language")]
    [InlineData("Trading on the stock exchanges stopped in 1939.", "en", "stock", "exchanges")]
    public void Analyze_MultiWordLexiconEntry_GivesEachOfItsWordsThePhrasesConcepts(string sentence, string language, string first, string second)
    {
        var words = EngineParts.Get<WordAnalyzer>().AnalyzeWithPhrases(WordTokenizer.Tokenize(sentence), language);

        var a = words.Single(w => w.Token.Text == first);
        var b = words.Single(w => w.Token.Text == second);
        Assert.NotEmpty(a.PhraseConcepts);
        Assert.Equal(a.PhraseConcepts.Select(l => l.Concept), b.PhraseConcepts.Select(l => l.Concept));
        Assert.All(words.Where(w => w != a && w != b), w => Assert.Empty(w.PhraseConcepts));
    }

    // A first word the sources write as a name is read as that name, and stays part of the entry it starts.
    [Fact]
    public void NameFirstWordAsSourcesDo_FirstWordOfAMultiWordEntry_KeepsThePhrasesConcepts()
    {
        var analyzer = EngineParts.Get<WordAnalyzer>();
        var tokens = WordTokenizer.Tokenize("Stock exchanges closed early.");
        var words = analyzer.AnalyzeWithPhrases(tokens, "en");
        var phrase = words[0].PhraseConcepts.Select(l => l.Concept).ToList();

        analyzer.NameFirstWordAsSourcesDo(words, tokens, "en", _ => true);

        Assert.Equal(WordKind.Name, words[0].Kind);
        Assert.NotEmpty(phrase);
        Assert.Equal(phrase, words[0].PhraseConcepts.Select(l => l.Concept));
    }

    [Fact]
    public void Analyze_WordsThatAreNoLexiconEntryTogether_HaveNoPhraseConcepts()
    {
        var words = EngineParts.Get<WordAnalyzer>().AnalyzeWithPhrases(WordTokenizer.Tokenize("The minister signed the language law."), "en");

        Assert.All(words, w => Assert.Empty(w.PhraseConcepts));
    }
}
