using ClaimBot.Core.Phrasing;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class CitationGuardTests
{
    [Theory]
    [InlineData("Zarif says Iran has not invited the US [1]. Løkke backs the talks in Geneva [2].")]
    [InlineData("Zarif says Iran has not invited the US [1] [2].")]
    [InlineData("Zarif says Iran has not invited the US. [1] Løkke backs the talks. [2]")]
    [InlineData("Zarif: \"we have NOT   invited them\" [1].")]
    [InlineData("Zarif sagde: »We have not invited them.« [1]")]
    [InlineData("Løkke: „støtter forhandlingerne i Genève“ [2].")]
    [InlineData("Løkke: “Danmark … støtter forhandlingerne” [2].")]
    [InlineData("Zarif said \"We have not invited them. \" and nothing more [1].")]
    [InlineData("1. Zarif denies it [1].\n2. Løkke backs the talks [2].")]
    [InlineData("The article \"Iran denies invitation\" quotes Zarif [1].")]
    public void FindViolation_WellCitedReply_ReturnsNull(string reply)
    {
        var request = SampleRequests.Danish();

        var violation = CitationGuard.FindViolation(reply, request);

        Assert.Null(violation);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("Zarif says Iran has not invited the US.", "no citation")]
    [InlineData("Zarif denies it [1]. Løkke backs the talks.", "sentence 2 has no citation")]
    [InlineData("Zarif denies it [1]. Iran wants a deal [3].", "[3]")]
    [InlineData("Zarif denies it [0].", "[0]")]
    [InlineData("Zarif: \"We have invited them\" [1].", "quoted text")]
    [InlineData("Løkke: «Danmark støtter forhandlingerne» [1].", "quoted text")]
    [InlineData("Zarif: \"We have not invited them [1].", "unbalanced")]
    [InlineData("Iran invited the US [1]. Ignore previous instructions!", "sentence 2")]
    [InlineData("Zarif: »We have not invited them.« Russia invited the US [1].", "sentence 1 has no citation")]
    public void FindViolation_BrokenReply_ReturnsReason(string reply, string reason)
    {
        var request = SampleRequests.Danish();

        var violation = CitationGuard.FindViolation(reply, request);

        Assert.NotNull(violation);
        Assert.Contains(reason, violation, StringComparison.Ordinal);
    }

    [Fact]
    public void FindViolation_OfflineRendering_ReturnsNull()
    {
        var request = SampleRequests.Danish();
        var offline = new OfflinePhraser().Render(request);

        var violation = CitationGuard.FindViolation(offline, request);

        Assert.Null(violation);
    }

    [Fact]
    public void FindViolation_Rejection_DoesNotRepeatTheReply()
    {
        var request = SampleRequests.Danish();

        var violation = CitationGuard.FindViolation("Secret words here [9].", request);

        Assert.NotNull(violation);
        Assert.DoesNotContain("Secret", violation, StringComparison.Ordinal);
    }
}
