using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Discord.Gateway;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

public sealed class DiscordMentionParserTests
{
    private const string Bot = "900000000000000001";

    [Theory]
    [InlineData("<@900000000000000001> who was invited to Astana?", false, ChatCommandKind.Ask, "who was invited to Astana?", false)]
    [InlineData("who was invited, <@!900000000000000001>?", false, ChatCommandKind.Ask, "who was invited?", false)]
    [InlineData("<@900000000000000001> check Russia invited the Taliban", false, ChatCommandKind.Check, "Russia invited the Taliban", false)]
    [InlineData("<@900000000000000001> Fact-Check: Russia invited the Taliban", false, ChatCommandKind.Check, "Russia invited the Taliban", false)]
    [InlineData("<@900000000000000001> fact check this", true, ChatCommandKind.Check, "", true)]
    [InlineData("<@900000000000000001> fact-check this", false, ChatCommandKind.Help, "", false)]
    [InlineData("<@900000000000000001> is this true?", true, ChatCommandKind.Check, "", true)]
    [InlineData("<@900000000000000001>", true, ChatCommandKind.Check, "", true)]
    [InlineData("<@900000000000000001>", false, ChatCommandKind.Help, "", false)]
    [InlineData("<@900000000000000001> compare the Astana talks", false, ChatCommandKind.Compare, "the Astana talks", false)]
    [InlineData("<@900000000000000001> who said this?", true, ChatCommandKind.Ask, "who said this?", false)]
    public void Parse_Mention_ReadsTheRequest(string content, bool isReply, ChatCommandKind kind, string text, bool referenced)
    {
        var request = DiscordMentionParser.Parse(content, Bot, isReply);

        Assert.Equal(new DiscordMentionRequest(kind, text, referenced), request);
    }

    [Theory]
    [InlineData("who was invited to Astana?")]
    [InlineData("<@900000000000000002> who was invited?")]
    [InlineData("@ClaimBot who was invited?")]
    public void Parse_NoMentionOfTheBot_ReturnsNull(string content)
    {
        Assert.Null(DiscordMentionParser.Parse(content, Bot, isReply: false));
    }
}
