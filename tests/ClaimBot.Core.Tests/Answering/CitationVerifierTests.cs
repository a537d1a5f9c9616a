using ClaimBot.Core.Answering;
using ClaimBot.Core.Phrasing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Core.Tests.Answering;

public sealed class CitationVerifierTests(AnsweringFixture fixture) : IClassFixture<AnsweringFixture>
{
    [Fact]
    public async Task Verify_SentenceNamingFactsTheCitedClaimLacks_DropsTheCitationAndTheSentence()
    {
        var verifier = fixture.Services.GetRequiredService<CitationVerifier>();
        var claims = await fixture.Store.GetClaimsAsync("ntb-fisheries", CancellationToken.None);
        var zones = claims.Single(c => c.Text.Contains("12 fishing zones", StringComparison.Ordinal));

        var verified = verifier.Verify([new DraftSentence("Sweden and Finland signed a treaty in Helsinki in 1995", [1])], [zones], "en");

        Assert.Empty(verified);
    }

    [Fact]
    public async Task Verify_SentenceSharingTheClaimsFacts_KeepsItsCitation()
    {
        var verifier = fixture.Services.GetRequiredService<CitationVerifier>();
        var claims = await fixture.Store.GetClaimsAsync("ntb-fisheries", CancellationToken.None);
        var zones = claims.Single(c => c.Text.Contains("12 fishing zones", StringComparison.Ordinal));

        var verified = verifier.Verify([new DraftSentence("Berg says the agreement covers 12 zones", [1])], [zones], "en");

        var sentence = Assert.Single(verified);
        Assert.Equal([1], sentence.Citations);
    }

    [Fact]
    public async Task Verify_CitationNumberOutOfRange_IsDropped()
    {
        var verifier = fixture.Services.GetRequiredService<CitationVerifier>();
        var claims = await fixture.Store.GetClaimsAsync("ntb-fisheries", CancellationToken.None);
        var zones = claims.Single(c => c.Text.Contains("12 fishing zones", StringComparison.Ordinal));

        var verified = verifier.Verify([new DraftSentence("Berg says the agreement covers 12 zones", [1, 7])], [zones], "en");

        Assert.Equal([1], Assert.Single(verified).Citations);
    }
}
