using System.Net;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Discord;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordEndpointTests
{
    [Fact]
    public async Task Post_Ping_ReturnsPongJson()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());

        using var response = await host.PostAsync(DiscordFixtures.Text("interaction_ping.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SignedByAnotherKey_Returns401()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());
        using var other = new DiscordTestKeys();
        var body = DiscordFixtures.Text("interaction_ping.json");

        using var response = await host.PostAsync(body, signature: other.Sign("1767225600", body), timestamp: "1767225600");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TamperedBody_Returns401()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());
        var signature = host.Keys.Sign("1767225600", """{"type":1}""");

        using var response = await host.PostAsync("""{"type":2}""", signature: signature, timestamp: "1767225600");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingSignatureHeaders_Returns401()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());

        using var response = await host.PostAsync(DiscordFixtures.Text("interaction_ping.json"), sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_UndecodableSignature_Returns401()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());

        using var response = await host.PostAsync(DiscordFixtures.Text("interaction_ping.json"), signature: new string('z', 128));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_DiscordNotConfigured_Returns404()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner(), o => o.PublicKey = null);

        using var response = await host.PostAsync(DiscordFixtures.Text("interaction_ping.json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_PublicKeyWithoutApplicationId_FailsNamingTheKey()
    {
        var start = DiscordTestHost.StartAsync(new ScriptedCommandRunner(), o => o.ApplicationId = null);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains("Discord:ApplicationId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Autocomplete_SuggestsMatchingSourceTitles()
    {
        var runner = new ScriptedCommandRunner
        {
            Script = (r, _, _) => Task.FromResult(new ChatReply(r.Kind, Sources:
            [
                new("a", "a.txt", "Astana talks", null, "en", null, null, "h", 3),
                new("b", "b.txt", "Geneva round", null, "en", null, null, "h", 2),
            ])),
        };
        await using var host = await DiscordTestHost.StartAsync(runner);

        var response = await host.InteractAsync(DiscordPayloads.Autocomplete("compare", "topic", "ast"));

        Assert.Equal(8, response["type"]!.GetValue<int>());
        var choice = Assert.Single(response["data"]!["choices"]!.AsArray());
        Assert.Equal("Astana talks", choice!["name"]!.GetValue<string>());
    }
}
