using ClaimBot.Core.Answering;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using ClaimBot.Core.Tests.Retrieval;

namespace ClaimBot.Core.Tests.Answering;

public sealed class ReasonTextTests
{
    public static TheoryData<string> Languages => new(TextAnalyzer.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Brief_EveryReasonInEveryLanguage_HasItsOwnWording(string language)
    {
        var text = EngineParts.Get<ReasonText>();

        var briefs = Enum.GetValues<ReasonCode>().Where(r => r is not (ReasonCode.Unrelated or ReasonCode.Related))
            .Select(r => text.Brief(r, language)).ToList();

        Assert.All(briefs, b => Assert.False(string.IsNullOrWhiteSpace(b)));
        Assert.Equal(briefs.Count, briefs.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("en", "different place")]
    [InlineData("da", "andet sted")]
    [InlineData("de", "anderen Ort")]
    public void For_DifferentPlace_SaysSoInTheReplyLanguageWithTheQuote(string language, string wording)
    {
        var claim = TalksCorpus.Claim("Russia invited the United States to the talks in Astana");
        var source = new SourceRef(claim.SourceId, "report.txt", "The Talks Report", null, null, "en");

        var reason = EngineParts.Get<ReasonText>().For(ReasonCode.DifferentPlace, claim, source, language);

        Assert.Contains(wording, reason, StringComparison.Ordinal);
        Assert.Contains("Astana", reason, StringComparison.Ordinal);
    }
}
