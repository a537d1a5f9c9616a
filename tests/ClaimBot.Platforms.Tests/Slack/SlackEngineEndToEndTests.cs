using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimBot.Core;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Reloading;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>The Slack adapter over the real engine and SQLite store, answering from a temp copy of the seeds.</summary>
public sealed partial class SlackEngineEndToEndTests : IAsyncLifetime
{
    private const string Question = "who was invited to Astana?";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimbot-slack-" + Guid.NewGuid().ToString("N"));
    private readonly GatedReplyPhraser _phraser = new();
    private FakeSlackServer? _slack;
    private SlackTestApp? _app;

    public async Task InitializeAsync()
    {
        var seeds = Path.Combine(_dir, "seeds");
        CopyDirectory(FindSeeds(), seeds);
        _slack = await FakeSlackServer.StartAsync();
        _app = await SlackTestApp.StartAsync(_slack, services =>
        {
            services.AddClaimBotCore();
            services.AddSqliteClaimStore();
            services.Configure<StoreOptions>(o => o.Path = Path.Combine(_dir, "claims.db"));
            services.Configure<SourcesOptions>(o => o.Path = seeds);
            services.AddSingleton<IReplyPhraser>(_phraser);
        });
        await _app!.Services.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        var result = await _app!.Services.GetRequiredService<ReloadCoordinator>()
            .ReloadAsync(new ReloadRequest("slack-tests", "startup"), null, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
    }

    public async Task DisposeAsync()
    {
        _phraser.Gate?.Release(100);
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_slack is not null)
        {
            await _slack.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Commands_AskWithSlowPhraser_AcksBeforePhraserFinishesThenPostsCitedAnswer()
    {
        _phraser.Gate = new SemaphoreSlim(0);

        var ack = await _app!.PostSignedAsync("/slack/commands", SlackTestApp.Command("/ask", Question, _slack!.ResponseUrl("ask")));
        var ackBody = await ack.Content.ReadAsStringAsync();
        var response = _slack!.NextResponseAsync();
        var entered = _phraser.Entered.WaitAsync(TimeSpan.FromSeconds(60));
        if (await Task.WhenAny(entered, response) == response)
        {
            Assert.Fail("A reply was posted without reaching the phraser: " + (await response).AllText);
        }

        Assert.True(await entered, "the phraser was never reached");
        var postedBeforePhrasing = response.IsCompleted;
        _phraser.Gate.Release();
        var posted = await response;

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Contains("Checking the sources", ackBody, StringComparison.Ordinal);
        Assert.False(postedBeforePhrasing);
        Assert.Equal("in_channel", (string?)posted.Body["response_type"]);
        AssertCitedAnswer(posted.Body);
    }

    [Fact]
    public async Task Events_AppMention_PostsCitedAnswerInThread()
    {
        var mention = new JsonObject
        {
            ["type"] = "event_callback",
            ["event_id"] = "EvEngine1",
            ["authorizations"] = new JsonArray { new JsonObject { ["user_id"] = "UBOT", ["is_bot"] = true } },
            ["event"] = new JsonObject { ["type"] = "app_mention", ["user"] = "U1", ["text"] = "<@UBOT> " + Question, ["ts"] = "77.7", ["channel"] = "C9" },
        };

        var ack = await _app!.PostSignedAsync("/slack/events", mention.ToJsonString(), "application/json");
        var post = await _slack!.NextPostMessageAsync();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("77.7", (string?)post.Body["thread_ts"]);
        Assert.Equal("C9", (string?)post.Body["channel"]);
        AssertCitedAnswer(post.Body);
    }

    // Structure only, never seed wording: the answer carries [n] markers and a context block quotes source [n].
    private static void AssertCitedAnswer(JsonObject body)
    {
        var blocks = body["blocks"]!.AsArray();
        Assert.True(blocks.Count is >= 2 and <= 50, "Not a cited answer: " + (string?)body["text"]);
        var markers = MarkerPattern().Matches((string)blocks[0]!["text"]!["text"]!).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(markers);
        var quoted = blocks.Where(b => (string?)b!["type"] == "context")
            .Select(b => (string?)b!["elements"]![0]!["text"] ?? string.Empty)
            .Select(t => MarkerPattern().Match(t))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value);
        Assert.Contains(quoted, markers.Contains);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["text"]));
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex MarkerPattern();

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "ClaimBot.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds folder not found above " + AppContext.BaseDirectory);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
