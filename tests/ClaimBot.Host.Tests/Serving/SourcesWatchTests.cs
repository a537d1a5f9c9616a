using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Host.Serving;
using ClaimBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>With Sources:Watch on, a file dropped into the sources folder is reloaded without anyone asking.</summary>
public sealed class SourcesWatchTests
{
    [Fact]
    public async Task SourcesWatch_FileAdded_ReloadsAutomaticallyAndAuditsIt()
    {
        using var workspace = TestWorkspace.WithSeeds();
        await using var api = await FakePlatformApi.StartAsync();
        using var keys = new DiscordKeys();
        var args = ServeTestHost.Configuration(workspace, api, keys);
        args.Add("--Sources:Watch=true");
        args.Add("--Sources:WatchDebounce=00:00:00.100");
        await using var app = ServeHost.Build([.. args], "http://127.0.0.1:0");
        await app.StartAsync();
        var store = app.Services.GetRequiredService<IClaimStore>();
        await WaitUntilAsync(async () => (await store.GetReloadAuditsAsync(10, CancellationToken.None)).Any(a => a.Origin == "startup"));

        await workspace.WriteSourceAsync(Articles.HarbourFile, Articles.Harbour);
        await WaitUntilAsync(async () => (await store.GetSourcesAsync(CancellationToken.None)).Any(s => s.File == Articles.HarbourFile));
        // The audit record is written right after the switch; wait for it rather than race it.
        await WaitUntilAsync(async () => (await store.GetReloadAuditsAsync(10, CancellationToken.None)).Any(a => a.Origin == "watch"));

        var audits = await store.GetReloadAuditsAsync(10, CancellationToken.None);
        Assert.Contains(audits, a => a.Origin == "watch" && a.Succeeded);
        var answer = await app.Services.GetRequiredService<AskUseCase>().AskAsync(Articles.HarbourQuestion, CancellationToken.None);
        Assert.Contains(answer.Citations, c => c.Source.File == Articles.HarbourFile);
        await app.StopAsync();
    }

    // Bounded polling for a background effect; the bound fails a broken watcher instead of hanging, it asserts no timing.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 1500; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail("The condition was never met.");
    }
}
