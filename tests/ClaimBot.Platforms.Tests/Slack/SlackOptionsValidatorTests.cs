using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackOptionsValidatorTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    [Fact]
    public void Validate_NothingConfigured_SucceedsDisabled()
    {
        var options = new SlackOptions();

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.False(options.Enabled);
    }

    [Fact]
    public void Validate_FullyConfigured_SucceedsEnabled()
    {
        var options = new SlackOptions { SigningSecret = Secret, BotToken = "xoxb-1-2-abc", AppToken = "xapp-1-A-1-abc" };

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.True(options.Enabled);
    }

    [Theory]
    [InlineData(Secret, null, null, "Slack:BotToken")]
    [InlineData(null, "xoxb-1-2-abc", null, "Slack:SigningSecret")]
    [InlineData(Secret, "xoxp-user-token", null, "Slack:BotToken")]
    [InlineData(Secret, "xoxb-1-2-abc", "xoxb-not-app", "Slack:AppToken")]
    [InlineData(null, null, "xapp-1-A-1-abc", "Slack:AppToken")]
    public void Validate_HalfConfigured_FailsNamingTheKey(string? secret, string? botToken, string? appToken, string key)
    {
        var options = new SlackOptions { SigningSecret = secret, BotToken = botToken, AppToken = appToken };

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxp-user-token", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SocketModeWithAppAndBotTokens_SucceedsWithoutHttpEndpoints()
    {
        var options = new SlackOptions { Mode = "socketmode", BotToken = "xoxb-1-2-abc", AppToken = "xapp-1-A-1-abc" };

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.True(options.Enabled);
        Assert.False(options.HttpEnabled);
    }

    [Theory]
    [InlineData("SocketMode", null, "xoxb-1-2-abc", "Slack:AppToken")]
    [InlineData("SocketMode", "xoxb-wrong-kind", "xoxb-1-2-abc", "Slack:AppToken")]
    [InlineData("SocketMode", "xapp-1-A-1-abc", null, "Slack:BotToken")]
    [InlineData("Websocket", "xapp-1-A-1-abc", "xoxb-1-2-abc", "Slack:Mode")]
    [InlineData("", "xapp-1-A-1-abc", "xoxb-1-2-abc", "Slack:Mode")]
    public void Validate_BadSocketModeSettings_FailsNamingTheKey(string mode, string? appToken, string? botToken, string key)
    {
        var options = new SlackOptions { Mode = mode, AppToken = appToken, BotToken = botToken };

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-wrong-kind", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeApiBaseUrl_FailsNamingTheKey()
    {
        var options = new SlackOptions { SigningSecret = Secret, BotToken = "xoxb-1", ApiBaseUrl = "slack.com/api" };

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.Contains("Slack:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_HalfConfiguredSlack_StopsStartup()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSlack();
        builder.Services.Configure<SlackOptions>(o => o.SigningSecret = Secret);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Slack:BotToken", error.Message, StringComparison.Ordinal);
    }
}
