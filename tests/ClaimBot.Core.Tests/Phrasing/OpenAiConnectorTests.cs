using ClaimBot.Core.Phrasing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>The real Semantic Kernel OpenAI connector against an OpenAI-compatible server on 127.0.0.1.</summary>
public sealed class OpenAiConnectorTests
{
    private const string CitedDanishReply = "Zarif siger: »We have not invited them.« [1] Løkke støtter forhandlingerne i Genève [2].";

    [Fact]
    public async Task PhraseAsync_WellCitedReply_ReturnsTheModelWording()
    {
        await using var server = await FakeOpenAiServer.ReplyingAsync(CitedDanishReply);
        await using var services = PhrasingServices.Build(o => { o.Endpoint = server.BaseUrl; o.Model = "m"; });

        var text = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(SampleRequests.Danish(), CancellationToken.None);

        Assert.Equal(CitedDanishReply, text);
    }

    [Fact]
    public async Task PhraseAsync_ModelConfigured_SendsTwoMessagesNoToolsAndIntactDanishText()
    {
        await using var server = await FakeOpenAiServer.ReplyingAsync(CitedDanishReply);
        await using var services = PhrasingServices.Build(o => { o.Endpoint = server.BaseUrl; o.Model = "m"; o.ApiKey = "sk-test"; });

        await services.GetRequiredService<IReplyPhraser>().PhraseAsync(SampleRequests.Danish(), CancellationToken.None);

        var (body, authorization) = Assert.Single(server.Requests);
        Assert.Equal("Bearer sk-test", authorization);
        Assert.Equal("m", body.GetProperty("model").GetString());
        Assert.False(body.TryGetProperty("tools", out _));
        var messages = body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["system", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        var user = messages[1].GetProperty("content").ToString();
        Assert.Contains("Løkke siger, at Danmark støtter forhandlingerne i Genève.", user, StringComparison.Ordinal);
        Assert.Contains("Har Iran inviteret USA til forhandlinger?", user, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zarif siger, at Iran ikke har inviteret USA. Løkke støtter forhandlingerne.")]
    [InlineData("Zarif siger, at Iran ikke har inviteret USA [1]. Rusland inviterede USA [5].")]
    [InlineData("Zarif siger: \"We invited them gladly\" [1].")]
    [InlineData("")]
    public async Task PhraseAsync_ReplyBreaksCitationRules_ReturnsOfflinePhrasing(string reply)
    {
        await using var server = await FakeOpenAiServer.ReplyingAsync(reply);
        await using var services = PhrasingServices.Build(o => { o.Endpoint = server.BaseUrl; o.Model = "m"; });
        var request = SampleRequests.Danish();

        var text = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(request, CancellationToken.None);

        Assert.Equal(new OfflinePhraser().Render(request), text);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task PhraseAsync_ServerError_ReturnsOfflinePhrasingAndLogsStatusOnly()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await FakeOpenAiServer.FailingAsync(500);
        await using var services = PhrasingServices.Build(o => { o.Endpoint = server.BaseUrl; o.Model = "m"; }, logs: logs);
        var request = SampleRequests.English(ReplyKind.Verdict);

        var text = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(request, CancellationToken.None);

        Assert.Equal(new OfflinePhraser().Render(request), text);
        var failure = Assert.Single(logs.Entries, e => e.EventId.Id == 4012);
        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id is >= 4000 and < 4100 && e.Message.Contains("server text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PhraseAsync_SlowServer_TimesOutAndReturnsOfflinePhrasing()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await FakeOpenAiServer.HangingAsync();
        await using var services = PhrasingServices.Build(o => { o.Endpoint = server.BaseUrl; o.Model = "m"; o.TimeoutSeconds = 1; }, logs: logs);
        var request = SampleRequests.Danish(ReplyKind.Comparison);

        var text = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(request, CancellationToken.None);

        Assert.Equal(new OfflinePhraser().Render(request), text);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4013);
    }
}
