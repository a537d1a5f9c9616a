using System.Collections.Concurrent;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>Readers asking while a reload switches generations see the old content or the new, never a mix, and never fail.</summary>
public sealed class AtomicSwitchTests
{
    private const int Readers = 6;
    private const int ReadsAroundTheCommit = 15;
    // A hang guard, started once the reload waits at its commit, so a reader that never sees the switch ends. It is no
    // count of reads: on a busy 2-core machine six readers could use up any count before the reload's continuation got
    // a thread (CI failed that way with 2000 reads each). Readers yield after every read for the same reason.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task ReloadAsync_ReadersAskingThroughout_SeeOldOrNewGenerationAndNeverFail()
    {
        await using var bed = await ReloadTestBed.CreateAsync();
        await bed.WriteAsync("harbour.txt", Articles.Harbour);
        await bed.WriteAsync("cykelbro.txt", Articles.Bridge);
        var loaded = await bed.ReloadOkAsync();
        var oldSources = (await bed.Store.GetSourcesAsync(CancellationToken.None)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        await bed.WriteAsync("harbour.txt", Articles.HarbourRevised);
        await bed.WriteAsync("bibliotek.txt", Articles.Library);
        await bed.WriteAsync("faerge.txt", Articles.Ferry);
        bed.Delete("cykelbro.txt");
        using var commitGate = new SemaphoreSlim(0);
        bed.Store.CommitGate = commitGate;
        var reads = new SemaphoreSlim(0);
        var seen = new ConcurrentBag<(int Claims, int SourceClaims, string Sources)>();
        var failures = new ConcurrentBag<Exception>();
        using var guard = new CancellationTokenSource();
        var reloadDone = 0;

        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            var afterCommit = 0;
            for (var i = 0; !guard.IsCancellationRequested && afterCommit < ReadsAroundTheCommit; i++)
            {
                try
                {
                    var claims = await bed.Store.GetClaimsAsync(null, CancellationToken.None);
                    var sources = await bed.Store.GetSourcesAsync(CancellationToken.None);
                    var answer = await bed.Ask.AskAsync(i % 2 == 0 ? "when did the harbour bath reopen?" : "hvor lang er cykelbroen?", CancellationToken.None);
                    Assert.All(answer.Citations, c => Assert.Contains($"[{c.N}]", answer.Text, StringComparison.Ordinal));
                    seen.Add((claims.Count, sources.Sum(s => s.ClaimCount), string.Join(",", claims.Select(c => c.SourceId).Distinct().Order(StringComparer.Ordinal))));
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                }

                reads.Release();
                if (Volatile.Read(ref reloadDone) == 1)
                {
                    afterCommit++;
                }

                await Task.Yield();
            }
        })).ToList();
        var reload = bed.ReloadAsync();
        await bed.Store.CommitReached.WaitAsync();
        guard.CancelAfter(HangGuard);
        for (var i = 0; i < ReadsAroundTheCommit; i++)
        {
            await reads.WaitAsync();
        }

        commitGate.Release();
        var result = await reload;
        Volatile.Write(ref reloadDone, 1);
        await Task.WhenAll(readers);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(failures);
        var newSources = (await bed.Store.GetSourcesAsync(CancellationToken.None)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        var oldState = (loaded.ClaimsAfter, loaded.ClaimsAfter, string.Join(",", oldSources));
        var newState = (result.ClaimsAfter, result.ClaimsAfter, string.Join(",", newSources));
        Assert.NotEqual(oldState, newState);
        // Each store call is one snapshot; the claims call and the sources call are two, so each is checked on its own.
        Assert.All(seen, s => Assert.True((s.Claims, s.Sources) == (oldState.Item1, oldState.Item3) || (s.Claims, s.Sources) == (newState.Item1, newState.Item3),
            $"A claims read saw {s.Claims} claims of {s.Sources}; old {oldState}, new {newState}."));
        Assert.All(seen, s => Assert.True(s.SourceClaims == oldState.Item2 || s.SourceClaims == newState.Item2, $"A sources read saw {s.SourceClaims} claims."));
        Assert.Contains(seen, s => (s.Claims, s.Sources) == (oldState.Item1, oldState.Item3));
        Assert.Contains(seen, s => (s.Claims, s.Sources) == (newState.Item1, newState.Item3));
    }
}
