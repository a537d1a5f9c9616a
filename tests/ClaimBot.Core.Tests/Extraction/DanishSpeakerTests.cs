namespace ClaimBot.Core.Tests.Extraction;

public sealed class DanishSpeakerTests
{
    private const string Article = """
        date 2018-03-14 Norske fiskere protesterer mod nye kvoter i Nordsøen.

        Den norske statsminister, Kari Nordmann, siger, at Norge ikke vil acceptere de nye kvoter.

        Nordmann sagde tirsdag til Ritzau, at forhandlingerne bl.a. handler om torsk og sild.

        - Vi er ikke tilfredse med forslaget, sagde fiskeriminister Lars Vinding til DR.

        Aftalen omfatter angiveligt også Færøerne og Grønland. Det skriver Reuters.

        - Parterne er enige om, at bestanden skal beskyttes, hedder det i en erklæring.

        «Vi har aldrig set så lave kvoter før», siger J. Hansen fra Danmarks Fiskeriforening.

        Ifølge Fiskeristyrelsen er bestanden af torsk faldet i fem år i træk.

        Kvoterne er for lave, mener Per Holm, som er formand for Danmarks Fiskeriforening.
        """;

    [Fact]
    public void Extract_AppositionClosedByCommaBeforeTheVerb_SpeakerIsTheSubjectNotTheObject()
    {
        const string Text = "Fiskernes chefforhandler, Per Holm, kalder mødet i Bergen for et dårligt kompromis for kystflåden.";

        var claim = Assert.Single(IngestionServices.Claims("bergen.txt", Text));

        Assert.Equal("Per Holm", claim.Speaker?.Name);
        Assert.DoesNotContain(claim.Entities, e => e.Type == "person" && e.Name.Contains("Bergen", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AppositiveRoleBeforeSiger_SpeakerIsNameWithRole()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "ikke vil acceptere");
        Assert.Equal("Kari Nordmann", claim.Speaker?.Name);
        Assert.Equal("norske statsminister", claim.Speaker?.Role);
    }

    [Fact]
    public void Extract_NameWithSomClause_TheClauseIsTheRole()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "for lave");
        Assert.Equal("Per Holm", claim.Speaker?.Name);
        Assert.Equal("formand for Danmarks Fiskeriforening", claim.Speaker?.Role);
    }

    [Fact]
    public void Extract_LaterSurnameWithSagdeTil_ResolvesToFullNameAndRoleAndKeepsAgencyOut()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "torsk og sild");
        Assert.Equal(new ClaimBot.Core.Claims.Speaker("Kari Nordmann", "norske statsminister"), claim.Speaker);
        Assert.Contains(claim.Entities, e => e.Name == "Ritzau");
    }

    [Fact]
    public void Extract_DashQuoteSagdeRoleNameTil_SpeakerAfterVerbAndQuote()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "tilfredse med forslaget");
        Assert.Equal("Lars Vinding", claim.Speaker?.Name);
        Assert.Equal("fiskeriminister", claim.Speaker?.Role);
        Assert.True(claim.IsQuote);
    }

    [Fact]
    public void Extract_DetSkriverAgency_AttachesToPreviousSentenceAsItsSource()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "Færøerne");
        Assert.Equal("Aftalen omfatter angiveligt også Færøerne og Grønland. Det skriver Reuters.", claim.Text);
        Assert.Equal("Reuters", claim.Speaker?.Name);
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("Det skriver", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HedderDet_IsQuoteWithoutSpeaker()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "bestanden skal beskyttes");
        Assert.Null(claim.Speaker);
        Assert.True(claim.IsQuote);
    }

    [Fact]
    public void Extract_SigerInitialNameFra_SpeakerKeepsInitialAndOrganisationIsRole()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "lave kvoter");
        Assert.Equal("J. Hansen", claim.Speaker?.Name);
        Assert.Equal("Danmarks Fiskeriforening", claim.Speaker?.Role);
    }

    [Fact]
    public void Extract_IfoelgeWithInvertedWordOrder_SpeakerStopsBeforeTheVerb()
    {
        var claims = IngestionServices.Claims("kvoter.txt", Article);

        var claim = IngestionServices.Single(claims, "Fiskeristyrelsen");
        Assert.Equal("Fiskeristyrelsen", claim.Speaker?.Name);
    }

    [Fact]
    public void Extract_RoleNameBeforeSiger_SpeakerSplitsRoleFromName()
    {
        const string Text = "Udenrigsminister Mette Holm siger, at Danmark vil sende flere diplomater til Kyiv.\n\nHolm tilføjede, at beslutningen blev truffet i går.";

        var claims = IngestionServices.Claims("kyiv.txt", Text);

        Assert.All(claims, c => Assert.Equal(new ClaimBot.Core.Claims.Speaker("Mette Holm", "Udenrigsminister"), c.Speaker));
    }
}
