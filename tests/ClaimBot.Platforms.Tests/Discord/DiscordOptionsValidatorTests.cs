using ClaimBot.Platforms.Discord;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordOptionsValidatorTests
{
    private const string Key = "2d6a94795715e752a66cf64696eb3b0878d746d5c02b9e7e542c3bab52a92c18";

    [Fact]
    public void Validate_EmptySection_SucceedsAndIsDisabled()
    {
        var options = new DiscordOptions();

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.False(options.IsEnabled);
    }

    [Fact]
    public void Validate_CompleteSection_Succeeds()
    {
        var options = new DiscordOptions { PublicKey = Key, ApplicationId = "775799577604522054", BotToken = "x", AdminRoleIds = ["1"] };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.True(options.IsEnabled);
    }

    [Theory]
    [InlineData(Key, null, null, "Discord:ApplicationId")]
    [InlineData(null, null, "bot-token", "Discord:ApplicationId")]
    [InlineData("abc", "775799577604522054", null, "Discord:PublicKey")]
    [InlineData("zz6a94795715e752a66cf64696eb3b0878d746d5c02b9e7e542c3bab52a92c18", "775799577604522054", null, "Discord:PublicKey")]
    [InlineData(Key, "my-app", null, "Discord:ApplicationId")]
    public void Validate_HalfConfigured_FailsNamingTheKey(string? publicKey, string? applicationId, string? botToken, string key)
    {
        var options = new DiscordOptions { PublicKey = publicKey, ApplicationId = applicationId, BotToken = botToken };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("bot-token", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadApiUrlAndBudget_FailsNamingTheKeys()
    {
        var options = new DiscordOptions { ApiBaseUrl = "discord", InlineBudget = TimeSpan.FromSeconds(5) };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.Contains("Discord:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Discord:InlineBudget", result.FailureMessage, StringComparison.Ordinal);
    }
}
