using System.Globalization;
using System.Net;
using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Inbound;
using ClaimBot.Platforms.Tests.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>Bad, abandoned, oversized and stale Discord requests get a quiet 4xx.</summary>
public sealed class DiscordRequestGuardTests
{
    [Fact]
    public async Task Interaction_LoneSurrogateEscapeInAnOption_Is400NotAServerError()
    {
        var runner = new ScriptedCommandRunner();
        await using var host = await DiscordTestHost.StartAsync(runner);
        var body = DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = "PLACEHOLDER" }).Replace("PLACEHOLDER", "\\ud800", StringComparison.Ordinal);

        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(runner.Requests);
    }

    [Fact]
    public async Task Interaction_ChunkedBodyOverTheLimit_Is413BeforeAnySignatureCheck()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionEndpoints.Route)
        {
            // No Content-Length: sent chunked, so only reading can tell the size.
            Content = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024])),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Id.Id == 5000);
    }

    [Fact]
    public async Task Interaction_DeclaredLengthOverTheLimit_Is413()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionEndpoints.Route) { Content = new ByteArrayContent(new byte[1024 * 1024 + 1]) };

        using var response = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Ping_SignedWithAYearOldTimestamp_IsRefused()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());
        var old = DateTimeOffset.UtcNow.AddYears(-1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var stale = await host.PostAsync(DiscordFixtures.Text("interaction_ping.json"), timestamp: old);
        using var fresh = await host.PostAsync(DiscordFixtures.Text("interaction_ping.json"));

        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 5015);
    }

    [Fact]
    public async Task Ask_QuestionLongerThanTheRegisteredLimit_ExplainsEphemerallyAndRunsNothing()
    {
        var runner = new ScriptedCommandRunner();
        await using var host = await DiscordTestHost.StartAsync(runner);
        var question = new string('q', 1_000_000);

        var response = await host.InteractAsync(DiscordPayloads.Command("ask", new Dictionary<string, object> { ["question"] = question }));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(DiscordMessage.EphemeralFlag, response["data"]!["flags"]!.GetValue<int>());
        Assert.Contains(DiscordCommandCatalog.MaxInput.ToString(CultureInfo.InvariantCulture), response["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(runner.Requests);
    }

    [Fact]
    public async Task Interaction_ClientsAbandonTheirBodies_NoWarningsOnlyACounter()
    {
        await using var host = await DiscordTestHost.StartAsync(new ScriptedCommandRunner());
        using var abandoned = new MetricCollector<long>(host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), InboundMetrics.MeterName, "claimbot.requests.abandoned");

        for (var i = 0; i < 5; i++)
        {
            await AbandonedRequest.SendAsync(host.BaseAddress, DiscordInteractionEndpoints.Route);
        }

        Assert.Equal(5, await MetricWait.ForAsync(abandoned, 5));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }
}
