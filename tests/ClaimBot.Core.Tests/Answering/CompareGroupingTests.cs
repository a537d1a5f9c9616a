using ClaimBot.Core.Answering;
using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Tests.Answering;

public sealed class CompareGroupingTests(FloodCorpusFixture fixture) : IClassFixture<FloodCorpusFixture>
{
    [Fact]
    public async Task CompareAsync_SameFactInEnglishAndDanish_IsOneAgreementCitingBoth()
    {
        var comparison = await fixture.Compare.CompareAsync("the bridge over the river", CancellationToken.None);

        var agreement = Assert.Single(comparison.Agreements, a => a.ClaimIds.Any(Is("flood-en", "bridge")) && a.ClaimIds.Any(Is("flod-da", "Broen")));
        Assert.StartsWith("g", agreement.Group, StringComparison.Ordinal);
        Assert.Equal(2, agreement.ClaimIds.Select(Source).Distinct().Count());
    }

    [Fact]
    public async Task CompareAsync_DifferentHouseCounts_IsANumberContradictionAcrossLanguages()
    {
        var comparison = await fixture.Compare.CompareAsync("the houses the storm damaged", CancellationToken.None);

        var contradiction = Assert.Single(comparison.Contradictions, c => c.Reason == ReasonCode.DifferentNumber);
        Assert.Equal(["flod-da", "flood-en"], new[] { Source(contradiction.A), Source(contradiction.B) }.Order());
        Assert.Equal("different numbers", contradiction.Why);
    }

    [Fact(Skip = "Known limit (README, Quality): the lexicons do not link Danish \"mennesker\" to English \"people\" (WordNet's \"people\" is the group sense, \"menneske\" the person sense), so the two death tolls are not read as the same fact.")]
    public async Task CompareAsync_DifferentDeathTolls_IsANumberContradictionAcrossLanguages()
    {
        var comparison = await fixture.Compare.CompareAsync("the number of people killed by the floods", CancellationToken.None);

        var contradiction = Assert.Single(comparison.Contradictions, c => c.Reason == ReasonCode.DifferentNumber);
        Assert.NotEqual(Source(contradiction.A), Source(contradiction.B));
        Assert.Equal("different numbers", contradiction.Why);
    }

    [Fact]
    public async Task CompareAsync_DifferentPeopleForTheSameAct_IsAnActorContradiction()
    {
        var comparison = await fixture.Compare.CompareAsync("who opened the emergency shelter", CancellationToken.None);

        var contradiction = Assert.Single(comparison.Contradictions, c => c.Reason == ReasonCode.DifferentActor);
        Assert.Equal(["flood-en", "wire"], new[] { Source(contradiction.A), Source(contradiction.B) }.Order());
    }

    [Fact]
    public async Task CompareAsync_FactOneSourceAttributesToThePolice_DoesNotAgreeWithASourceStatingIt()
    {
        var comparison = await fixture.Compare.CompareAsync("the dam", CancellationToken.None);

        Assert.Contains(comparison.Sources, s => s.Source.File == "wire.txt" && s.Claims.Any(c => c.Speaker is not null && c.Text.Contains("dam", StringComparison.Ordinal)));
        Assert.Contains(comparison.Sources, s => s.Source.File == "flood-en.txt" && s.Claims.Any(c => c.Speaker is null && c.Text.Contains("dam", StringComparison.Ordinal)));
        Assert.DoesNotContain(comparison.Agreements, a => a.ClaimIds.Any(Is("wire", "dam")) && a.ClaimIds.Any(Is("flood-en", "dam")));
    }

    [Fact]
    public async Task CompareAsync_DanishTopic_GivesTheReasonsInDanish()
    {
        var comparison = await fixture.Compare.CompareAsync("husene, som stormen beskadigede", CancellationToken.None);

        Assert.Equal("da", comparison.Language);
        var contradiction = Assert.Single(comparison.Contradictions, c => c.Reason == ReasonCode.DifferentNumber);
        Assert.Equal("forskellige tal", contradiction.Why);
    }

    private static string Source(string claimId) => claimId.Split('#')[0];

    private Func<string, bool> Is(string source, string text) => id => Source(id) == source && fixture.Text(id).Contains(text, StringComparison.Ordinal);
}
