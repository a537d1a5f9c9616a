using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Extraction;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class TermBuilderTests
{
    [Fact]
    public void Analyze_DanishCompound_ReachesEnglishPivotsOfBothParts()
    {
        var builder = IngestionServices.Get<TermBuilder>();
        var analyzer = IngestionServices.Get<TextAnalyzer>();

        var terms = builder.Analyze(Word("fredskonferencen"), "da");

        Assert.Contains("x:" + analyzer.Stem("peace", "en"), terms.Pivots);
        Assert.Contains("x:" + analyzer.Stem("conference", "en"), terms.Pivots);
    }

    [Fact]
    public void Analyze_DanishAndEnglishWordForSameThing_ShareAPivot()
    {
        var builder = IngestionServices.Get<TermBuilder>();

        var danish = builder.Analyze(Word("regeringerne"), "da");
        var english = builder.Analyze(Word("governments"), "en");

        Assert.NotEmpty(danish.Pivots.Intersect(english.Pivots));
    }

    [Fact]
    public void Analyze_StopWord_ContributesNoPivots()
    {
        var builder = IngestionServices.Get<TermBuilder>();

        var terms = builder.Analyze(Word("ikke"), "da");

        Assert.True(terms.IsStopWord);
        Assert.Empty(terms.Pivots);
    }

    [Theory]
    [InlineData("Genève", "Geneve", "da")]
    [InlineData("Zürich", "Zurich", "de")]
    [InlineData("København", "Kobenhavn", "da")]
    public void Stem_DiacriticsAndSpecialLetters_FoldToSameKey(string accented, string plain, string language)
    {
        var analyzer = IngestionServices.Get<TextAnalyzer>();

        var a = analyzer.Stem(accented, language);
        var b = analyzer.Stem(plain, language);

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("took", "take")]
    [InlineData("said", "say")]
    [InlineData("children", "child")]
    [InlineData("went", "go")]
    public void Stem_EnglishIrregularForm_StemsLikeItsLemma(string form, string lemma)
    {
        var analyzer = IngestionServices.Get<TextAnalyzer>();

        var stem = analyzer.Stem(form, "en");

        Assert.Equal(analyzer.Stem(lemma, "en"), stem);
    }

    [Fact]
    public void Stem_DanishDefinitePlural_StemsLikeSingular()
    {
        var analyzer = IngestionServices.Get<TextAnalyzer>();

        var plural = analyzer.Stem("forhandlingerne", "da");

        Assert.Equal(analyzer.Stem("forhandling", "da"), plural);
    }

    private static Token Word(string text) => new(text, 0, text.Length);
}
