namespace ClaimBot.Core.Tests.Extraction;

public sealed class PolarityAndHedgeTests
{
    [Theory]
    [InlineData("Poland has not signed the agreement on migrant quotas yet.")]
    [InlineData("The minister never confirmed the meeting with the rebels.")]
    [InlineData("The company didn't pay any taxes in Ireland last year.")]
    [InlineData("Polen har ikke underskrevet aftalen om flygtningekvoter endnu.")]
    [InlineData("Ministeren har aldrig bekræftet mødet med oprørerne.")]
    [InlineData("Ingen af landene ønsker at betale for den nye mur.")]
    public void Extract_NegationCue_IsNegated(string sentence)
    {
        var claims = IngestionServices.Claims("negation.txt", sentence);

        Assert.True(Assert.Single(claims).IsNegated);
    }

    [Theory]
    [InlineData("Poland signed the agreement on migrant quotas on Friday.")]
    [InlineData("Polen underskrev aftalen om flygtningekvoter fredag.")]
    public void Extract_AffirmativeStatement_IsNeitherNegatedNorHedged(string sentence)
    {
        var claims = IngestionServices.Claims("plain.txt", sentence);

        var claim = Assert.Single(claims);
        Assert.False(claim.IsNegated);
        Assert.False(claim.IsHedged);
    }

    [Theory]
    [InlineData("The rebels reportedly withdrew from the northern town overnight.")]
    [InlineData("The ceasefire might collapse before the talks in Vienna begin.")]
    [InlineData("Oprørerne har angiveligt trukket sig ud af byen i nat.")]
    [InlineData("Våbenhvilen bryder måske sammen, før forhandlingerne i Wien begynder.")]
    public void Extract_HedgeCue_IsHedged(string sentence)
    {
        var claims = IngestionServices.Claims("hedge.txt", sentence);

        Assert.True(Assert.Single(claims).IsHedged);
    }

    [Fact]
    public void Extract_NegatedAndHedged_CarriesBoth()
    {
        const string Text = "Iran will probably not send a delegation to the conference in Vienna.";

        var claims = IngestionServices.Claims("both.txt", Text);

        var claim = Assert.Single(claims);
        Assert.True(claim.IsNegated);
        Assert.True(claim.IsHedged);
    }
}
