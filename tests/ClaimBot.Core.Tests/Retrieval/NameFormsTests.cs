using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class NameFormsTests
{
    [Theory]
    [InlineData("FNs", "fns", "nb", "fn")]
    [InlineData("EUs", "eus", "en", "eu")]
    [InlineData("Tromsøs", "tromsøs", "nb", "tromsø")]
    [InlineData("Osloer", "osloer", "de", "oslo")]
    [InlineData("Genfer", "genfer", "de", "genf")]
    public void Uninflected_GenitiveOrGermanPlaceAdjective_GivesTheBareName(string text, string stem, string language, string bare)
    {
        Assert.Contains(bare, NameForms.Uninflected(text, stem, language));
    }

    [Theory]
    [InlineData("Paris", "paris", "en")]
    [InlineData("Oslo", "oslo", "de")]
    [InlineData("Hans", "hans", "en")]
    public void Uninflected_NameWithoutTheEnding_GivesNothing(string text, string stem, string language)
    {
        Assert.Empty(NameForms.Uninflected(text, stem, language));
    }

    // The index decides: a German question's "Osloer Rathaus" reaches the Norwegian sources' "Oslo", and a name the
    // index holds as written is not shortened.
    [Fact]
    public void Expand_NameTheIndexLacksButItsBareFormHas_ReachesTheBareForm()
    {
        var claims = EngineParts.Document("oslo.nb.txt", "Seremonien i Oslo\n\ndate 2016-12-10\n\nFredsprisen ble delt ut i Oslo rådhus lørdag.", "nb");
        var index = EngineParts.Index(claims);

        var query = EngineParts.Query("Wann begann die Feier im Osloer Rathaus?", QueryKind.Question, index, "de");

        var osloer = Assert.Single(query.Concepts, c => c.Surface == "Osloer");
        Assert.Contains(osloer.Terms, t => t.Term == "oslo");
    }
}
