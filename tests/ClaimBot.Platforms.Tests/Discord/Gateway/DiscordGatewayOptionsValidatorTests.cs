using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Discord.Gateway;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

public sealed class DiscordGatewayOptionsValidatorTests
{
    [Fact]
    public void Validate_GatewayOff_SucceedsWithNothingConfigured()
    {
        Assert.True(new DiscordGatewayOptionsValidator().Validate(null, new DiscordOptions()).Succeeded);
    }

    [Fact]
    public void Validate_GatewayOnWithTokenAndApplication_Succeeds()
    {
        var options = new DiscordOptions { ApplicationId = "775799577604522054", BotToken = "token", Gateway = { Enabled = true } };

        Assert.True(new DiscordGatewayOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(null, "775799577604522054", 6, "Discord:BotToken")]
    [InlineData("token", null, 6, "Discord:ApplicationId")]
    [InlineData("token", "775799577604522054", 0, "Discord:Gateway:ChannelRepliesPerMinute")]
    public void Validate_GatewayOnAndHalfConfigured_FailsNamingTheKey(string? token, string? application, int perMinute, string key)
    {
        var options = new DiscordOptions { ApplicationId = application, BotToken = token, Gateway = { Enabled = true, ChannelRepliesPerMinute = perMinute } };

        var result = new DiscordGatewayOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }
}
