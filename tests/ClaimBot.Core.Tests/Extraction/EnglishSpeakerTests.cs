namespace ClaimBot.Core.Tests.Extraction;

public sealed class EnglishSpeakerTests
{
    private const string Article = """
        Canada will not accept new tariffs on softwood lumber, Trade Minister Anne Tremblay told reporters on Tuesday.

        "We have never agreed to these terms," Tremblay said.

        The tariffs could cost both countries billions of dollars, said Mexican negotiator Carlos Ruiz.

        Ruiz was quoted as saying by Reuters that talks would resume in the spring.

        The United States may join the talks next month, a spokesman for the UN said.

        The industry will survive, said J. Smith of the Lumber Council.

        Prices will fall, according to Maria Lopez, who is the Lumber Council's chief economist.
        """;

    [Fact]
    public void Extract_NameSaidAfterRoleAndName_SpeakerHasNameAndRole()
    {
        var claims = IngestionServices.Claims("lumber.txt", Article);

        var claim = IngestionServices.Single(claims, "softwood lumber");
        Assert.Equal("Anne Tremblay", claim.Speaker?.Name);
        Assert.Equal("Trade Minister", claim.Speaker?.Role);
    }

    [Fact]
    public void Extract_LaterSurnameOnly_ResolvesToFullNameAndRole()
    {
        var claims = IngestionServices.Claims("lumber.txt", Article);

        var claim = IngestionServices.Single(claims, "never agreed");
        Assert.Equal(new ClaimBot.Core.Claims.Speaker("Anne Tremblay", "Trade Minister"), claim.Speaker);
        Assert.Contains(claim.Entities, e => e.Id == "person:anne-tremblay");
    }

    [Fact]
    public void Extract_NameWithRelativeClause_TheClauseIsTheRole()
    {
        var claims = IngestionServices.Claims("lumber.txt", Article);

        var claim = IngestionServices.Single(claims, "Prices will fall");
        Assert.Equal("Maria Lopez", claim.Speaker?.Name);
        Assert.Contains("chief economist", claim.Speaker?.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SaidBeforeName_SpeakerIsNameAfterVerb()
    {
        var claims = IngestionServices.Claims("lumber.txt", Article);

        var claim = IngestionServices.Single(claims, "billions of dollars");
        Assert.Equal("Carlos Ruiz", claim.Speaker?.Name);
        Assert.Equal("Mexican negotiator", claim.Speaker?.Role);
    }

    [Fact]
    public void Extract_QuotedAsSayingBy_SpeakerIsPersonNotAgency()
    {
        var claims = IngestionServices.Claims("lumber.txt", Article);

        var claim = IngestionServices.Single(claims, "quoted as saying by Reuters");
        Assert.Equal("Carlos Ruiz", claim.Speaker?.Name);
        Assert.Contains(claim.Entities, e => e.Name == "Reuters");
    }

    [Fact]
    public void Extract_UnnamedSpokesman_SpeakerIsTheWholeDescription()
    {
        var claims = IngestionServices.Claims("lumber.txt", Article);

        var claim = IngestionServices.Single(claims, "may join the talks");
        Assert.Equal("spokesman for the UN", claim.Speaker?.Name);
        Assert.Null(claim.Speaker?.Role);
    }

    [Fact]
    public void Extract_InitialAndAffiliation_NameKeepsInitialAndAffiliationIsRole()
    {
        var claims = IngestionServices.Claims("lumber.txt", Article);

        var claim = IngestionServices.Single(claims, "industry will survive");
        Assert.Equal("J. Smith", claim.Speaker?.Name);
        Assert.Equal("Lumber Council", claim.Speaker?.Role);
        Assert.Contains(claim.Entities, e => e.Id == "person:j-smith");
    }

    [Fact]
    public void Extract_PlainStatement_HasNoSpeaker()
    {
        const string Text = "The bridge between Malmo and Copenhagen was closed for six hours because of strong winds.";

        var claims = IngestionServices.Claims("bridge.txt", Text);

        Assert.Null(Assert.Single(claims).Speaker);
    }
}
