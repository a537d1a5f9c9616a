using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Contract;

/// <summary>Contract: reply state with expiry, reload audits, readiness.</summary>
public abstract class StateContract : ClaimStoreContractBase
{
    [StoreFact]
    public async Task GetReplyStateAsync_BeforeExpiry_ReturnsJson()
    {
        var store = await NewStoreAsync();
        var json = """{"claims":["a#1","b#2"],"text":"Æblegrød 🙂"}""";
        await store.SaveReplyStateAsync("evidence:42", json, Harness.Time.GetUtcNow().AddMinutes(10), None);

        Harness.Time.Advance(TimeSpan.FromMinutes(9));
        var read = await store.GetReplyStateAsync("evidence:42", None);

        Assert.Equal(json, read);
    }

    [StoreFact]
    public async Task GetReplyStateAsync_AfterExpiry_ReturnsNull()
    {
        var store = await NewStoreAsync();
        await store.SaveReplyStateAsync("evidence:42", "{}", Harness.Time.GetUtcNow().AddMinutes(10), None);

        Harness.Time.Advance(TimeSpan.FromMinutes(11));
        var read = await store.GetReplyStateAsync("evidence:42", None);

        Assert.Null(read);
    }

    [StoreFact]
    public async Task GetReplyStateAsync_UnknownKey_ReturnsNull()
    {
        var store = await NewStoreAsync();

        var read = await store.GetReplyStateAsync("nothing-here", None);

        Assert.Null(read);
    }

    [StoreFact]
    public async Task SaveReplyStateAsync_SameKeyTwice_OverwritesAndIsSeenByOtherInstances()
    {
        var store = await NewStoreAsync();
        var other = await NewStoreAsync();
        await store.SaveReplyStateAsync("k", "{\"v\":1}", Harness.Time.GetUtcNow().AddMinutes(1), None);

        await store.SaveReplyStateAsync("k", "{\"v\":2}", Harness.Time.GetUtcNow().AddHours(1), None);
        Harness.Time.Advance(TimeSpan.FromMinutes(30));
        var read = await other.GetReplyStateAsync("k", None);

        Assert.Equal("{\"v\":2}", read);
    }

    [StoreFact]
    public async Task TryAddReplyStateAsync_ManyInstancesRaceForOneKey_ExactlyOneWins()
    {
        var stores = new List<IClaimStore>();
        for (var i = 0; i < 4; i++)
        {
            stores.Add(await NewStoreAsync());
        }

        var expires = Harness.Time.GetUtcNow().AddMinutes(5);
        var wins = await Task.WhenAll(stores.SelectMany(s => Enumerable.Range(0, 5).Select(_ => s.TryAddReplyStateAsync("replay:sig", "{}", expires, None))));

        Assert.Equal(1, wins.Count(w => w));
    }

    [StoreFact]
    public async Task TryAddReplyStateAsync_AfterExpiry_CanBeAddedAgain()
    {
        var store = await NewStoreAsync();
        var first = await store.TryAddReplyStateAsync("replay:sig", "{\"n\":1}", Harness.Time.GetUtcNow().AddMinutes(5), None);
        var whileLive = await store.TryAddReplyStateAsync("replay:sig", "{\"n\":2}", Harness.Time.GetUtcNow().AddMinutes(5), None);

        Harness.Time.Advance(TimeSpan.FromMinutes(6));
        var afterExpiry = await store.TryAddReplyStateAsync("replay:sig", "{\"n\":3}", Harness.Time.GetUtcNow().AddMinutes(5), None);

        Assert.True(first);
        Assert.False(whileLive);
        Assert.True(afterExpiry);
        Assert.Equal("{\"n\":3}", await store.GetReplyStateAsync("replay:sig", None));
    }

    [StoreFact]
    public async Task GetReloadAuditsAsync_SeveralAudits_ReturnsNewestFirstUpToLimit()
    {
        var store = await NewStoreAsync();
        var start = new DateTimeOffset(2017, 1, 19, 10, 0, 0, TimeSpan.FromHours(1));
        var first = new ReloadAudit(0, "cli", "cli", start, start.AddSeconds(3), true, 1, """{"added":2}""");
        var second = new ReloadAudit(0, "U123", "discord", start.AddMinutes(5), start.AddMinutes(6), false, null, """{"error":"disk full"}""");
        var third = new ReloadAudit(0, "admin", "http", start.AddMinutes(7), start.AddMinutes(8), true, 2, "{}");

        foreach (var audit in new[] { first, second, third })
        {
            await store.AddReloadAuditAsync(audit, None);
        }

        var all = await store.GetReloadAuditsAsync(10, None);
        var limited = await store.GetReloadAuditsAsync(2, None);

        Assert.Equal(["admin", "U123", "cli"], all.Select(a => a.RequestedBy));
        Assert.Equal(["admin", "U123"], limited.Select(a => a.RequestedBy));
        Assert.True(all[0].Id > all[1].Id && all[1].Id > all[2].Id);
        Assert.Equal(second with { Id = all[1].Id }, all[1]);
        Assert.Equal(first with { Id = all[2].Id }, all[2]);
    }

    [StoreFact]
    public async Task IsAvailableAsync_InitializedStore_ReturnsTrue()
    {
        var store = await NewStoreAsync();

        var available = await store.IsAvailableAsync(None);

        Assert.True(available);
    }
}
