using System.Net;
using ClaimBot.Platforms.Discord;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordRateLimitTests
{
    [Fact]
    public async Task EditOriginal_TwoRateLimitsThenSuccess_RetriesAndSucceeds()
    {
        await using var rest = await DiscordRestFixture.StartAsync();
        rest.Api.RateLimitNext(2, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""");

        await rest.Client.EditOriginalAsync(new DiscordWebhook("1", "tok"), DiscordMessage.Text("hi", ephemeral: false), CancellationToken.None);

        Assert.Equal(3, rest.Api.Requests.Count);
        Assert.All(rest.Api.Requests, r => Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditOriginal_AlwaysRateLimited_GivesUpAfterBoundedRetries()
    {
        await using var rest = await DiscordRestFixture.StartAsync();
        rest.Api.RateLimitNext(100, """{"message":"You are being rate limited.","retry_after":0.01,"global":false}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            rest.Client.EditOriginalAsync(new DiscordWebhook("1", "tok"), DiscordMessage.Text("hi", ephemeral: false), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(DiscordRateLimitHandler.MaxRetries + 1, rest.Api.Requests.Count);
    }

    [Fact]
    public async Task EditOriginal_RetryAfterLongerThanMaximum_DoesNotWait()
    {
        await using var rest = await DiscordRestFixture.StartAsync();
        rest.Api.RateLimitNext(1, DiscordFixtures.Text("rate_limit_429_global.json"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            rest.Client.EditOriginalAsync(new DiscordWebhook("1", "tok"), DiscordMessage.Text("hi", ephemeral: false), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(rest.Api.Requests);
        Assert.DoesNotContain("tok", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditOriginal_NonJsonRateLimitWithHeader_UsesRetryAfterHeader()
    {
        await using var rest = await DiscordRestFixture.StartAsync();
        rest.Api.RateLimitNext(1, "<html>slow down</html>", retryAfterHeader: "0");

        await rest.Client.EditOriginalAsync(new DiscordWebhook("1", "tok"), DiscordMessage.Text("hi", ephemeral: false), CancellationToken.None);

        Assert.Equal(2, rest.Api.Requests.Count);
    }

    [Fact]
    public async Task WaitAsync_AfterGlobalPause_WaitsUntilPauseEnds()
    {
        var time = new FakeTimeProvider();
        var gate = new DiscordRateLimitGate(time);
        gate.PauseAll(TimeSpan.FromSeconds(5));

        var wait = gate.WaitAsync(CancellationToken.None);
        var before = wait.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(5));
        await wait;

        Assert.False(before);
        Assert.True(wait.IsCompletedSuccessfully);
    }
}
