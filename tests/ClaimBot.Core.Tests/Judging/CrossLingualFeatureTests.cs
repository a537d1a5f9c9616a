using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Judging;

public sealed class CrossLingualFeatureTests
{
    private const string DanishInvited = "Rusland har inviteret USA til forhandlingerne i Astana";

    [Fact]
    public void Extract_DanishStatementAgainstADanishClaim_AlignsWithoutTranslation()
    {
        var claim = TalksCorpus.Claim(DanishInvited);

        var analysis = PairFeatures.For("Rusland har inviteret USA til forhandlingerne.", claim, "da");

        Assert.True(analysis.Features[Feature.Coverage] > 0);
        Assert.Equal(0, analysis.Features[Feature.CrossLingual]);
        Assert.DoesNotContain(analysis.Alignments, a => a.Match.Kind == MatchKind.Translation);
    }

    [Theory]
    [InlineData("Russia invited the United States to the negotiations.", "en", DanishInvited)]
    [InlineData("Rusland har inviteret USA til forhandlingerne.", "da", "Russia invited the United States to the talks in Astana")]
    [InlineData("Russland hat die USA zu den Verhandlungen eingeladen.", "de", "Russia invited the United States to the talks in Astana")]
    public void Extract_StatementAgainstAClaimInAnotherLanguage_AlignsThroughTranslations(string statement, string language, string claimText)
    {
        var claim = TalksCorpus.Claim(claimText);

        var analysis = PairFeatures.For(statement, claim, language);

        Assert.True(analysis.Features[Feature.Coverage] > 0);
        Assert.Equal(1, analysis.Features[Feature.CrossLingual]);
        Assert.Contains(analysis.Alignments, a => a.Match.Kind == MatchKind.Translation && a.Place == AlignmentPlace.Sentence);
    }

    [Fact]
    public void Extract_SameStatementInTheClaimsLanguage_CoversMoreThanATranslation()
    {
        var claim = TalksCorpus.Claim(DanishInvited);

        var danish = PairFeatures.For("Rusland har inviteret USA til forhandlingerne.", claim, "da").Features[Feature.Coverage];
        var english = PairFeatures.For("Russia has invited the United States to the negotiations.", claim, "en").Features[Feature.Coverage];

        Assert.True(danish > english, $"same-language coverage {danish} <= cross-lingual {english}");
    }
}
