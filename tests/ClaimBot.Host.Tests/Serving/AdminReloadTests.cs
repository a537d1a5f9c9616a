using System.Collections.Concurrent;
using System.Net;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>Issue 7's "Done when" through the running host: POST /admin/reload while questions keep coming.</summary>
public sealed class AdminReloadTests
{
    private const string SeedQuestion = "who was invited to Astana?";
    private const int AsksAroundTheCommit = 6;
    private const int MaxAsksPerAsker = 300;

    [Fact]
    public async Task AdminReload_NewDocumentWhileQuestionsAreAsked_EveryQuestionSucceedsAndAskAnswersFromIt()
    {
        using var workspace = TestWorkspace.WithSeeds();
        HeldCommitStore? held = null;
        await using var host = await ServeTestHost.StartAsync(workspace, services: s => s.Replace(ServiceDescriptor.Singleton<IClaimStore>(
            sp => held = new HeldCommitStore(sp.GetRequiredService<SqliteClaimStore>()))));
        var ask = host.Services.GetRequiredService<AskUseCase>();
        var before = await host.Services.GetRequiredService<IClaimStore>().GetCurrentGenerationAsync(CancellationToken.None);
        await workspace.WriteSourceAsync(Articles.HarbourFile, Articles.Harbour);
        held!.Hold = true;
        using var asked = new SemaphoreSlim(0);
        var failures = new ConcurrentQueue<string>();
        var reloadDone = 0;
        async Task AskerAsync(Func<int, Task<string?>> askOnce)
        {
            var afterReload = 0;
            for (var i = 0; i < MaxAsksPerAsker && afterReload < AsksAroundTheCommit; i++)
            {
                try
                {
                    if (await askOnce(i) is { } failure)
                    {
                        failures.Enqueue(failure);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures.Enqueue(ex.ToString());
                }

                asked.Release();
                afterReload += Volatile.Read(ref reloadDone);
            }
        }

        var askers = new[]
        {
            Task.Run(() => AskerAsync(async _ => (await ask.AskAsync(SeedQuestion, CancellationToken.None)).Answered ? null : "ask: not answered")),
            Task.Run(() => AskerAsync(async _ => (await ask.AskAsync("hvem blev inviteret til Astana?", CancellationToken.None)).Answered ? null : "ask da: not answered")),
            Task.Run(() => AskerAsync(async i =>
            {
                using var response = await host.PostDiscordAsync(DiscordInteractions.Ask(SeedQuestion, $"during-{i}"));
                return response.StatusCode == HttpStatusCode.OK ? null : "discord: " + response.StatusCode;
            })),
        };
        var reload = host.ReloadAsync(ServeTestHost.AdminToken);
        await held.CommitReached.WaitAsync();
        for (var i = 0; i < AsksAroundTheCommit; i++)
        {
            await asked.WaitAsync();
        }

        held.CommitGate.Release();
        using var response = await reload;
        Volatile.Write(ref reloadDone, 1);
        await Task.WhenAll(askers);
        var afterwards = await ask.AskAsync(Articles.HarbourQuestion, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ServeTestHost.JsonAsync(response);
        foreach (var field in new[] { "generation", "added", "changed", "removed", "unchanged", "skipped", "claimsBefore", "claimsAfter", "durationMs" })
        {
            Assert.True(result[field] is not null, $"missing {field} in {result}");
        }

        Assert.True(result["generation"]!.GetValue<long>() > before);
        Assert.Equal(Articles.HarbourFile, Assert.Single(result["added"]!.AsArray())!.GetValue<string>());
        Assert.Equal(2, result["unchanged"]!.AsArray().Count);
        Assert.Empty(result["skipped"]!.AsArray());
        Assert.True(result["claimsAfter"]!.GetValue<int>() > result["claimsBefore"]!.GetValue<int>());
        Assert.Empty(failures);
        Assert.True(afterwards.Answered);
        Assert.Contains(afterwards.Citations, c => c.Source.File == Articles.HarbourFile);
    }

    [Fact]
    public async Task AdminReload_ExtraBinaryFile_ReportsItSkippedAndKeepsEverythingElse()
    {
        using var workspace = TestWorkspace.WithSeeds();
        await using var host = await ServeTestHost.StartAsync(workspace);
        var sourcesBefore = await host.Services.GetRequiredService<IClaimStore>().GetSourcesAsync(CancellationToken.None);
        await workspace.WriteSourceBytesAsync("scan.png", Articles.Binary);

        using var response = await host.ReloadAsync(ServeTestHost.AdminToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ServeTestHost.JsonAsync(response);
        var skipped = Assert.Single(result["skipped"]!.AsArray());
        Assert.Equal("scan.png", skipped!["file"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(skipped["reason"]!.GetValue<string>()));
        Assert.Equal(2, result["unchanged"]!.AsArray().Count);
        Assert.Equal(result["claimsBefore"]!.GetValue<int>(), result["claimsAfter"]!.GetValue<int>());
        var sourcesAfter = await host.Services.GetRequiredService<IClaimStore>().GetSourcesAsync(CancellationToken.None);
        Assert.Equal(sourcesBefore, sourcesAfter);
        var answer = await host.Services.GetRequiredService<AskUseCase>().AskAsync(SeedQuestion, CancellationToken.None);
        Assert.True(answer.Answered);
    }
}
