using ClaimBot.Platforms.Slack;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackMrkdwnTests
{
    [Fact]
    public void Escape_ControlCharactersAndSpecialMentions_AreInert()
    {
        var text = SlackMrkdwn.Escape("<@U1> & <!here>: ping @here, @Channel and @everyone, mail a@b.c");

        Assert.Equal("&lt;@U1&gt; &amp; &lt;!here&gt;: ping @\u200Bhere, @\u200BChannel and @\u200Beveryone, mail a@b.c", text);
    }
}
