using System.Text;
using ClaimBot.Platforms.Discord;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordInteractionParserTests
{
    [Fact]
    public void Parse_PingWithoutApplicationId_ReadsTypeAndToken()
    {
        var body = Encoding.UTF8.GetBytes(DiscordFixtures.Text("interaction_ping.json"));

        var interaction = DiscordInteractionParser.Parse(body);

        Assert.NotNull(interaction);
        Assert.Equal(DiscordInteraction.Ping, interaction!.Type);
        Assert.Null(interaction.ApplicationId);
        Assert.Equal("ThisIsATokenFromDiscordThatIsVeryLong", interaction.Token);
    }

    [Fact]
    public void Parse_ApplicationCommand_ReadsOptionsUserAndRoles()
    {
        var body = Encoding.UTF8.GetBytes(DiscordFixtures.Text("interaction_application_command.json"));

        var interaction = DiscordInteractionParser.Parse(body)!;

        Assert.Equal("cardsearch", interaction.CommandName);
        Assert.Equal(1, interaction.CommandType);
        Assert.Equal("The Gitrog Monster", interaction.Text("cardname"));
        Assert.Equal("53908232506183680", interaction.UserId);
        Assert.Equal(["539082325061836999"], interaction.RoleIds);
    }

    [Fact]
    public void Parse_SubcommandTypedAsString_WalksToLeafOptions()
    {
        var body = Encoding.UTF8.GetBytes(DiscordFixtures.Text("interaction_application_command_subcommand_group.kord.json"));

        var interaction = DiscordInteractionParser.Parse(body)!;

        Assert.Equal("1", interaction.Text("testint"));
        Assert.Equal("297153970613387264", interaction.ApplicationId);
    }

    [Fact]
    public void Parse_MessageCommand_ReadsTargetMessageContent()
    {
        var body = Encoding.UTF8.GetBytes(DiscordFixtures.Text("interaction_message_command.json"));

        var interaction = DiscordInteractionParser.Parse(body)!;

        Assert.Equal(3, interaction.CommandType);
        Assert.Equal("some message", interaction.TargetMessageContent);
    }

    [Fact]
    public void Parse_ButtonAndAutocomplete_ReadCustomIdAndFocus()
    {
        var button = Encoding.UTF8.GetBytes(DiscordFixtures.Text("interaction_message_component_button.json"));
        var autocomplete = Encoding.UTF8.GetBytes(DiscordFixtures.Text("interaction_autocomplete.json"));

        var clicked = DiscordInteractionParser.Parse(button)!;
        var typing = DiscordInteractionParser.Parse(autocomplete)!;

        Assert.Equal("click_one", clicked.CustomId);
        Assert.Equal("option", typing.FocusedOption);
        Assert.Equal("first_option", typing.Text("option"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\":\"1\"}")]
    public void Parse_NotAnInteraction_ReturnsNull(string body)
    {
        var interaction = DiscordInteractionParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Null(interaction);
    }
}
