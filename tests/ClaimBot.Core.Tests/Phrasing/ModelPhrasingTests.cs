using ClaimBot.Core.Phrasing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class ModelPhrasingTests
{
    private static readonly Action<LlmOptions> _model = o =>
    {
        o.Endpoint = "http://127.0.0.1:9/v1";
        o.Model = "m";
    };

    [Fact]
    public async Task PhraseAsync_WellCitedModelReply_ReturnsIt()
    {
        const string reply = "Zarif sagde: »We have not invited them.« [1] Løkke støtter forhandlingerne [2].";
        var chat = ScriptedChat.Replying("  " + reply + "\n");
        await using var services = PhrasingServices.Build(_model, chat.Object);

        var text = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(SampleRequests.Danish(), CancellationToken.None);

        Assert.Equal(reply, text);
    }

    [Fact]
    public async Task PhraseAsync_UncitedModelReply_LogsReasonNotTextAndReturnsOffline()
    {
        var logs = new CapturingLoggerProvider();
        var chat = ScriptedChat.Replying("Iran has invited everyone to Paris.");
        await using var services = PhrasingServices.Build(_model, chat.Object, logs: logs);
        var request = SampleRequests.Danish();

        var text = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(request, CancellationToken.None);

        Assert.Equal(new OfflinePhraser().Render(request), text);
        var rejection = Assert.Single(logs.Entries, e => e.EventId.Id == 4011);
        Assert.Equal(LogLevel.Warning, rejection.Level);
        Assert.Contains("no citation", rejection.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Paris", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PhraseAsync_ModelThrows_ReturnsOffline()
    {
        var chat = ScriptedChat.Throwing(new HttpOperationException("boom"));
        await using var services = PhrasingServices.Build(_model, chat.Object);
        var request = SampleRequests.English(ReplyKind.Verdict);

        var text = await services.GetRequiredService<IReplyPhraser>().PhraseAsync(request, CancellationToken.None);

        Assert.Equal(new OfflinePhraser().Render(request), text);
    }

    [Fact]
    public async Task PhraseAsync_ModelSlowerThanTimeout_ReturnsOffline()
    {
        var time = new FakeTimeProvider();
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var logs = new CapturingLoggerProvider();
        await using var services = PhrasingServices.Build(o => { _model(o); o.TimeoutSeconds = 5; }, ScriptedChat.Hanging(called).Object, time, logs);
        var request = SampleRequests.Danish(ReplyKind.Comparison);

        var phrasing = services.GetRequiredService<IReplyPhraser>().PhraseAsync(request, CancellationToken.None);
        await called.Task;
        time.Advance(TimeSpan.FromSeconds(5));
        var text = await phrasing;

        Assert.Equal(new OfflinePhraser().Render(request), text);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 4013);
    }

    [Fact]
    public async Task PhraseAsync_CallerCancels_Throws()
    {
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var services = PhrasingServices.Build(_model, ScriptedChat.Hanging(called).Object);
        using var cancellation = new CancellationTokenSource();

        var phrasing = services.GetRequiredService<IReplyPhraser>().PhraseAsync(SampleRequests.Danish(), cancellation.Token);
        await called.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => phrasing);
    }
}
