using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class ClaimIndexTests
{
    [Fact]
    public void Idf_TermInFewerClaims_IsHigher()
    {
        var index = TalksCorpus.Index;

        var rare = index.Idf(index.TermId("ceasefir"));
        var common = index.Idf(index.TermId("talk"));

        Assert.Equal(1, index.Postings(index.TermId("ceasefir")).Length);
        Assert.Equal(3, index.Postings(index.TermId("talk")).Length);
        Assert.True(rare > common, $"idf(ceasefir) {rare} <= idf(talk) {common}");
    }

    [Fact]
    public void DocIdf_TermInOneSource_IsHigherThanTermInBoth()
    {
        var index = TalksCorpus.Index;

        var inOne = index.DocIdf(index.TermId("ceasefir"));
        var inBoth = index.DocIdf(index.TermId("iran"));

        Assert.True(inOne > inBoth, $"doc idf(ceasefir) {inOne} <= doc idf(iran) {inBoth}");
    }

    [Fact]
    public void DocPostings_TermInThreeClaimsOfOneSource_CountsThreeForThatSource()
    {
        var index = TalksCorpus.Index;

        var (docs, tf) = index.DocPostings(index.TermId("talk"));

        Assert.Equal([0], docs);
        Assert.Equal([3], tf);
        Assert.Equal("talks-en", index.SourceId(docs[0]));
    }

    [Fact]
    public void Build_ClaimsOfTwoSources_KeepsEachSourceInDocumentOrder()
    {
        var index = TalksCorpus.Index;

        var (first, end) = index.ClaimsOf(1);

        Assert.Equal(2, index.SourceCount);
        Assert.Equal(TalksCorpus.EnglishReport.Count, first);
        Assert.Equal(index.ClaimCount, end);
        Assert.Equal("da", index.LanguageOf(1));
        Assert.Equal(0, index.PositionInSource(first));
        Assert.Equal(TalksCorpus.DanishReport[0].Id, index.ClaimId(first));
        Assert.Equal(first + 1, index.ClaimOf(TalksCorpus.DanishReport[1].Id));
        Assert.Equal(["da", "en"], index.Languages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TermId_TermNoClaimHas_IsMinusOne()
    {
        var index = TalksCorpus.Index;

        var id = index.TermId("fisheri");

        Assert.Equal(-1, id);
        Assert.Equal(-1, index.ClaimOf("nowhere#1"));
    }

    [Fact]
    public void TermsStartingWith_Prefix_GivesTheIndexedTermsInOrder()
    {
        var index = TalksCorpus.Index;

        var terms = index.TermsStartingWith("d:2017-01", 10).ToList();

        Assert.Equal(["d:2017-01", "d:2017-01-10", "d:2017-01-23"], terms);
    }
}
