using System.Net;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackWorkerSizingTests
{
    [Fact]
    public async Task Commands_WhileEveryPostHangs_TheEngineKeepsAnsweringBeyondTheCoreCount()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.ResponseGate = new SemaphoreSlim(0);
        var runner = new ScriptedSlackRunner();
        await using var app = await SlackTestApp.StartAsync(slack, s =>
        {
            s.AddSingleton<ISlackCommandRunner>(runner);
            s.AddSingleton<IClaimStore>(new InMemorySlackStateStore());

            // The shipped default, not the test app's one-at-a-time setting.
            s.Configure<SlackOptions>(o => o.Concurrency = new SlackOptions().Concurrency);
        });
        var commands = Environment.ProcessorCount * 3;

        for (var i = 0; i < commands; i++)
        {
            using var ack = await app.PostSignedAsync("/slack/commands", SlackTestApp.Command("/ask", "q" + i, slack.ResponseUrl("h" + i)));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        // One bound for all, shorter than an HTTP timeout, so a worker freed by a failed post cannot make up the count.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var reached = 0;
        for (; reached < commands; reached++)
        {
            // Each job reaches the engine although every earlier one still waits for Slack to answer its post.
            try
            {
                await runner.Entered.WaitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        Assert.Equal(commands, reached);

        slack.ResponseGate.Release(commands);
        for (var i = 0; i < commands; i++)
        {
            await slack.NextResponseAsync();
        }

        Assert.Equal(commands, runner.Requests.Count);
    }
}
