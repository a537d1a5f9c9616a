using System.Net;
using ClaimBot.Host.Serving;
using ClaimBot.Host.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>Start-up refuses half-configured platforms and bad admin settings; without a token the admin API is off.</summary>
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("--Discord:ApplicationId=", "Discord:ApplicationId")]
    [InlineData("--Discord:PublicKey=abc123", "Discord:PublicKey")]
    [InlineData("--Slack:BotToken=", "Slack:BotToken")]
    [InlineData("--Admin:Token=short", "Admin:Token")]
    [InlineData("--Slack:Mode=SocketMode", "Slack:AppToken")]
    [InlineData("--Slack:Mode=WebSocket", "Slack:Mode")]
    [InlineData("--Slack:Mode=SocketMode --Slack:AppToken=xoxb-not-an-app-token", "Slack:AppToken")]
    [InlineData("--Discord:Gateway:Enabled=true --Discord:BotToken=", "Discord:BotToken")]
    [InlineData("--Discord:Gateway:Enabled=true --Discord:Gateway:ChannelRepliesPerMinute=0", "Discord:Gateway:ChannelRepliesPerMinute")]
    public async Task StartAsync_BadPlatformOrAdminSetting_FailsNamingTheKey(string settings, string key)
    {
        using var workspace = TestWorkspace.WithSeeds();
        await using var api = await FakePlatformApi.StartAsync();
        using var keys = new DiscordKeys();
        var args = ServeTestHost.Configuration(workspace, api, keys);
        args.AddRange(settings.Split(' '));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = ServeHost.Build([.. args], "http://127.0.0.1:0");
            await app.StartAsync();
        });

        Assert.Contains(failure.Failures, f => f.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(failure.Failures, f => f.Contains("xoxb-not-an-app-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminReload_NoTokenConfigured_Returns404()
    {
        using var workspace = TestWorkspace.WithSeeds();
        await using var host = await ServeTestHost.StartAsync(workspace, adminToken: false);

        using var response = await host.ReloadAsync("anything-at-all-0123456789");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
