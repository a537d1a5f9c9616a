using ClaimBot.Platforms.Discord;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordTextTests
{
    [Fact]
    public void Fit_ShortText_ReturnsItUnchanged()
    {
        var text = DiscordText.Fit("Short [1].", 100);

        Assert.Equal("Short [1].", text);
    }

    [Fact]
    public void Fit_TooLong_CutsAfterLastWholeSentenceKeepingMarkers()
    {
        var text = DiscordText.Fit("First sentence here. [1] Second sentence is quite a bit longer than the limit allows.", 40);

        Assert.Equal("First sentence here. [1] …", text);
    }

    [Fact]
    public void Fit_NoSentenceBoundary_CutsAtWordWithEllipsis()
    {
        var text = DiscordText.Fit("one two three four five six seven eight nine ten", 20);

        Assert.True(text.Length <= 20);
        Assert.Equal("one two three four…", text);
    }

    [Fact]
    public void Neutralise_EveryoneAndHere_InsertsZeroWidthSpace()
    {
        var text = DiscordText.Neutralise("ping @everyone and @HERE");

        Assert.Equal("ping @\u200Beveryone and @\u200BHERE", text);
    }

    [Fact]
    public void Neutralise_UserAndRoleMentions_BreaksThemAndKeepsOtherText()
    {
        var text = DiscordText.Neutralise("ask <@123>, <@!456> or <@&789> at a@b.c");

        Assert.Equal("ask <\u200B@123>, <\u200B@!456> or <\u200B@&789> at a@b.c", text);
    }
}
