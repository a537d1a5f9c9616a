using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Store.Contract;

/// <summary>Contract: what is committed reads back exactly, from the current generation, in the documented order.</summary>
public abstract class ReadWriteContract : ClaimStoreContractBase
{
    [StoreFact]
    public async Task Reads_NothingCommitted_ReturnEmpty()
    {
        var store = await NewStoreAsync();

        var generation = await store.GetCurrentGenerationAsync(None);
        var sources = await store.GetSourcesAsync(None);
        var claims = await store.GetClaimsAsync(null, None);
        var hits = await store.SearchAsync(["russia"], 10, None);

        Assert.Null(generation);
        Assert.Empty(sources);
        Assert.Empty(claims);
        Assert.Empty(hits);
    }

    [StoreFact]
    public async Task GetClaimsAsync_EveryField_RoundTrips()
    {
        var store = await NewStoreAsync();
        Claim[] claims =
        [
            new("zarif#1", "zarif", "«Vi har ikke inviteret dem», siger Irans udenrigsminister Mohammad Javad Zarif om mødet i Astana mandag den 23. januar.",
                12, 131, "da", new Speaker("Mohammad Javad Zarif", "udenrigsminister"), IsQuote: true, IsNegated: true, IsHedged: false,
                [new EntityRef("loc:iran", "Iran", "country"), new EntityRef("loc:astana", "Astana", "city"), new EntityRef("per:mohammad-javad-zarif", "Mohammad Javad Zarif", "person")],
                ["2017-01-23", "2017-01"], ["23", "2254"], "invit astana e:loc-iran e:loc-astana d:2017-01-23 n:2254 mød"),
            new("zarif#2", "zarif", "Angiveligt deltager FN – og Tyrkiet – også; “Æblegrød på Østerbro” 🙂", 140, 205, "da",
                new Speaker("Lavrov", null), IsQuote: false, IsNegated: false, IsHedged: true, [], [], [], "deltag e:org-un e:loc-turkey"),
            new("zarif#3", "zarif", "Plain statement.", 210, 226, "en", null, false, false, false, [], [], [], ""),
        ];

        await store.CommitGenerationAsync(WriteOnly(TestSources.Source("zarif", claims)), None);
        var all = await store.GetClaimsAsync(null, None);
        var reopened = await NewStoreAsync();
        var again = await reopened.GetClaimsAsync("zarif", None);

        ClaimAssert.SameAll(claims, all);
        ClaimAssert.SameAll(claims, again);
    }

    [StoreFact]
    public async Task GetSourceAsync_CommittedSource_ReturnsTextAndMetadata()
    {
        var store = await NewStoreAsync();
        var full = new SourceDocument("nyheder/rusland", "nyheder/rusland.md", "Rusland: «Vi har ikke inviteret USA»", "2017-01", "da",
            "https://dr.dk/nyheder/rusland?a=1&b=ø", "Ritzau", "ab12", "Første linje.\nAnden linje med æ, ø og å — og \"citater\".\n");
        var sparse = new SourceDocument("bare", "bare.txt", null, null, "und", null, null, "cd34", "x");

        await store.CommitGenerationAsync(WriteOnly(new ExtractedSource(full, []), new ExtractedSource(sparse, [])), None);
        var readFull = await store.GetSourceAsync("nyheder/rusland", None);
        var readSparse = await store.GetSourceAsync("bare", None);
        var unknown = await store.GetSourceAsync("missing", None);

        Assert.Equal(full, readFull);
        Assert.Equal(sparse, readSparse);
        Assert.Null(unknown);
    }

    [StoreFact]
    public async Task GetSourcesAsync_SeveralSources_OrderedByFileWithClaimCounts()
    {
        var store = await NewStoreAsync();

        await store.CommitGenerationAsync(
            WriteOnly(TestSources.Source("b", 3, file: "b.txt"), TestSources.Source("a", 2, file: "z/a.txt"), TestSources.Source("c", 0, file: "a.md")),
            None);
        var sources = await store.GetSourcesAsync(None);

        Assert.Equal(["a.md", "b.txt", "z/a.txt"], sources.Select(s => s.File));
        Assert.Equal([0, 3, 2], sources.Select(s => s.ClaimCount));
        var b = sources[1];
        Assert.Equal(new SourceSummary("b", "b.txt", "Title of b", "2017-01-19", "en", "https://example.org/b", "Reuters", "hash-b-v1", 3), b);
    }

    [StoreFact]
    public async Task GetClaimsAsync_SeveralSources_OrderedBySourceThenSpan()
    {
        var store = await NewStoreAsync();
        var late = TestSources.Claim("s2", 1, "late", "x") with { Start = 50, End = 60 };
        var early = TestSources.Claim("s2", 2, "early", "x") with { Start = 5, End = 9 };
        var other = TestSources.Claim("s1", 1, "other", "x") with { Start = 70, End = 80 };

        await store.CommitGenerationAsync(WriteOnly(TestSources.Source("s2", late, early), TestSources.Source("s1", other)), None);
        var all = await store.GetClaimsAsync(null, None);
        var s2 = await store.GetClaimsAsync("s2", None);
        var none = await store.GetClaimsAsync("missing", None);

        Assert.Equal(["s1#1", "s2#2", "s2#1"], all.Select(c => c.Id));
        Assert.Equal(["s2#2", "s2#1"], s2.Select(c => c.Id));
        Assert.Empty(none);
    }

    [StoreFact]
    public async Task GetClaimsByIdAsync_KnownAndUnknownIds_ReturnsKnownOnly()
    {
        var store = await NewStoreAsync();
        await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", 3), TestSources.Source("b", 2)), None);

        var found = await store.GetClaimsByIdAsync(["b#2", "a#1", "nope#1", "a#1"], None);
        var empty = await store.GetClaimsByIdAsync([], None);

        Assert.Equal(["a#1", "b#2"], found.Select(c => c.Id));
        Assert.Empty(empty);
    }
}
