namespace ClaimBot.Core.Tests.Extraction;

public sealed class EntityLinkingTests
{
    public static TheoryData<string, string, string> Mentions() => new()
    {
        { "country:ru", "Delegationen fra Rusland ankom til mødet i går aftes.", "The delegation from Russia arrived at the meeting last night." },
        { "city:vienna", "Forhandlingerne fortsætter i Wien i næste uge.", "The negotiations continue in Vienna next week." },
        { "city:vienna", "Die Verhandlungen gehen nächste Woche in Wien weiter.", "Les négociations se poursuivent à Vienne la semaine prochaine." },
        { "country:tr", "Tyrkiet har lukket grænsen til nabolandet.", "Turkey has closed the border with its neighbour." },
        { "org:un", "FN sender nødhjælp til de ramte områder.", "The UN is sending aid to the affected areas." },
        { "org:un", "L'ONU envoie de l'aide aux régions touchées.", "The United Nations is sending aid to the affected areas." },
        { "country:us", "USA trækker sine soldater ud af basen.", "The US is pulling its soldiers out of the base." },
        { "country:us", "The United States is pulling its soldiers out of the base.", "Die USA ziehen ihre Soldaten von dem Stützpunkt ab." },
        { "city:copenhagen", "Mødet holdes i København i næste uge.", "The meeting will be held in Copenhagen next week." },
        { "city:copenhagen", "Das Treffen findet nächste Woche in Kopenhagen statt.", "La réunion aura lieu à Copenhague la semaine prochaine." },
        { "org:eu", "EU sender nødhjælp til de ramte områder.", "The European Union is sending aid to the affected areas." },
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public void Extract_SameEntityInTwoLanguages_LinksToOneId(string id, string first, string second)
    {
        var a = IngestionServices.Claims("a.txt", first);
        var b = IngestionServices.Claims("b.txt", second);

        Assert.Contains(Assert.Single(a).Entities, e => e.Id == id);
        Assert.Contains(Assert.Single(b).Entities, e => e.Id == id);
    }

    [Theory]
    [InlineData("The U.N. envoy met both delegations on Monday and said the talks would resume next week.", "org:un")]
    [InlineData("A senior U.S. official said the embassy would reopen once the security review was complete.", "country:us")]
    [InlineData("Officials in the U.K. said on Monday that the embassy would reopen once the review was complete.", "country:gb")]
    public void Extract_DottedAcronym_LinksToItsEntity(string text, string id)
    {
        var claims = IngestionServices.Claims("dotted.txt", text);

        var entities = Assert.Single(claims).Entities;
        Assert.Contains(entities, e => e.Id == id);
        // Not the single letters the periods left: "N", "S", "K".
        Assert.DoesNotContain(entities, e => e.Name.Length == 1);
    }

    [Fact]
    public void Extract_LowerCaseUsAndIs_AreNotEntities()
    {
        const string Text = "The council told us that the plan is ready and that it is fully funded.";

        var claims = IngestionServices.Claims("us.txt", Text);

        var ids = Assert.Single(claims).Entities.Select(e => e.Id).ToList();
        Assert.DoesNotContain("country:us", ids);
        Assert.DoesNotContain(ids, id => id.StartsWith("org:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DanishGenitive_LinksToTheCountry()
    {
        const string Text = "Syriens regering kritiserede i går mødet mellem oprørerne og Tyrkiets udsendinge, som ikke var inviteret.";

        var claims = IngestionServices.Claims("genitive.txt", Text);

        var ids = Assert.Single(claims).Entities.Select(e => e.Id).ToList();
        Assert.Contains("country:sy", ids);
        Assert.Contains("country:tr", ids);
    }

    [Theory]
    [InlineData("FNs generalsekretær møtte utsendingene fra begge partene i går, og samtalene skal fortsette i neste uke.")]
    [InlineData("FNs generalsekreterare träffade sändebuden från båda parterna i går, och samtalen ska fortsätta nästa vecka.")]
    [InlineData("FN's generalsekretær mødte udsendingene fra begge parter i går, og samtalerne skal fortsætte i næste uge.")]
    public void Extract_AcronymGenitive_LinksToTheOrganisation(string text)
    {
        var claims = IngestionServices.Claims("acronym.txt", text);

        Assert.Contains("org:un", Assert.Single(claims).Entities.Select(e => e.Id));
    }

    [Fact]
    public void Extract_EnglishPossessiveAndAdjective_LinkToTheCountry()
    {
        const string Text = "Ukraine's army and Russian volunteers rebuilt the bridge over the river.";

        var claims = IngestionServices.Claims("adjective.txt", Text);

        var ids = Assert.Single(claims).Entities.Select(e => e.Id).ToList();
        Assert.Contains("country:ua", ids);
        Assert.Contains("country:ru", ids);
    }

    [Fact]
    public void Extract_FullNameThenSurname_BothMentionsArePersonWithFullNameId()
    {
        const string Text = "Finance Minister Astrid Lindqvist presented the budget on Monday.\n\nLindqvist wants to cut taxes for pensioners next year.";

        var claims = IngestionServices.Claims("budget.txt", Text);

        Assert.All(claims, c => Assert.Contains(c.Entities, e => e.Id == "person:astrid-lindqvist" && e.Type == "person"));
    }

    [Fact]
    public void Extract_OrganisationWithDanishPossessive_LinksWithOrganisationType()
    {
        const string Text = "FN's generalsekretær besøger lejren i næste uge.";

        var claims = IngestionServices.Claims("un.txt", Text);

        var un = Assert.Single(Assert.Single(claims).Entities, e => e.Id == "org:un");
        Assert.Equal("organisation", un.Type);
    }

    [Theory]
    [InlineData("en", "The deal was signed by Marta Vidal, leader of the Northern Farmers Union (NFU), after a long night.", "Marta Vidal", "NFU")]
    [InlineData("da", "Aftalen blev underskrevet af Jens Holm, formand for fiskeriforeningen i Hanstholm, efter en lang nat.", "Jens Holm", "fiskeriforeningen")]
    public void Extract_NameWithRoleApposition_IsAPersonWithThatRole(string language, string text, string name, string inRole)
    {
        var claims = IngestionServices.Claims($"apposition.{language}.txt", text);

        var person = Assert.Single(Assert.Single(claims).Entities, e => e.Type == "person");
        Assert.Equal(name, person.Name);
        Assert.Contains(inRole, person.Role, StringComparison.Ordinal);
        Assert.DoesNotContain("after", person.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RoleFromAnApposition_ReachesALaterSurnameOnlyMention()
    {
        const string Text = "Marta Vidal, leader of the Northern Farmers Union, signed the deal on Monday. Later that day Vidal apologised to the growers.";

        var claims = IngestionServices.Claims("surname.txt", Text);

        var later = claims.Single(c => c.Text.StartsWith("Later", StringComparison.Ordinal));
        var person = Assert.Single(later.Entities, e => e.Type == "person");
        Assert.Equal("Marta Vidal", person.Name);
        Assert.StartsWith("leader of the Northern Farmers Union", person.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AbbreviatedMonth_IsNotAName()
    {
        const string Text = "The two leaders met at the harbour on Nov 24, 2016, and again in the spring.";

        var claims = IngestionServices.Claims("month.txt", Text);

        Assert.DoesNotContain(Assert.Single(claims).Entities, e => e.Name == "Nov");
    }
}
