using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Contract;

/// <summary>Contract: search matches exact tokens of the current generation, ranks better matches first, and any term is safe.</summary>
public abstract class SearchContract : ClaimStoreContractBase
{
    private static readonly Claim[] Corpus =
    [
        TestSources.Claim("s", 1, "Russia invited Turkey to Astana", "russia invit e:loc-russia e:loc-turkey e:loc-astana astana d:2017-01-23"),
        TestSources.Claim("s", 2, "Russia spoke", "russia spoke e:loc-russia"),
        TestSources.Claim("s", 3, "Astana hosts", "astana host e:loc-astana"),
        TestSources.Claim("s", 4, "Geneva talks", "geneva talk e:loc-geneva d:2017-01 n:2254"),
        TestSources.Claim("s", 5, "Invitations sent", "invitation sent e:loc-russia-federation loc-russia n:22"),
        TestSources.Claim("s", 6, "København og Århus", "københavn århus æblegrød e:loc-copenhagen"),
        TestSources.Claim("s", 7, "Unrelated", "weather rain cold"),
    ];

    [StoreFact]
    public async Task SearchAsync_EmptyTerms_ReturnsEmpty()
    {
        var store = await StoreWithCorpusAsync();

        var hits = await store.SearchAsync([], 10, None);

        Assert.Empty(hits);
    }

    [StoreFact]
    public async Task SearchAsync_SeveralTerms_ReturnsAnyMatchBestFirst()
    {
        var store = await StoreWithCorpusAsync();

        var hits = await store.SearchAsync(["russia", "astana", "invit"], 10, None);

        Assert.Equal("s#1", hits[0].ClaimId);
        Assert.Equal(["s#1", "s#2", "s#3"], hits.Select(h => h.ClaimId).Order(StringComparer.Ordinal));
        Assert.Equal(hits.Select(h => h.Rank).OrderDescending(), hits.Select(h => h.Rank));
        Assert.True(hits[0].Rank > hits[^1].Rank);
    }

    [StoreTheory]
    [InlineData("e:loc-russia", new[] { "s#1", "s#2" })]
    [InlineData("loc-russia", new[] { "s#5" })]
    [InlineData("e:loc", new string[0])]
    [InlineData("invit", new[] { "s#1" })]
    [InlineData("invitation", new[] { "s#5" })]
    [InlineData("d:2017-01-23", new[] { "s#1" })]
    [InlineData("d:2017-01", new[] { "s#4" })]
    [InlineData("n:22", new[] { "s#5" })]
    [InlineData("n:2254", new[] { "s#4" })]
    [InlineData("københavn", new[] { "s#6" })]
    [InlineData("kobenhavn", new string[0])]
    [InlineData("Russia", new[] { "s#1", "s#2" })]
    public async Task SearchAsync_OneToken_MatchesExactlyThatToken(string term, string[] expected)
    {
        var store = await StoreWithCorpusAsync();

        var hits = await store.SearchAsync([term], 10, None);

        Assert.Equal(expected, hits.Select(h => h.ClaimId).Order(StringComparer.Ordinal));
    }

    [StoreTheory]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("*")]
    [InlineData("OR")]
    [InlineData("NEAR")]
    [InlineData("NEAR(russia astana)")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData(":")]
    [InlineData("russia\"")]
    [InlineData("russia OR astana")]
    [InlineData("terms:russia")]
    [InlineData("russia*")]
    [InlineData("^russia")]
    [InlineData("-russia")]
    [InlineData("'); DROP TABLE claims; --")]
    [InlineData("a & b | !c <-> d")]
    [InlineData("\\")]
    [InlineData("")]
    public async Task SearchAsync_HostileTerm_NeverBreaksAndMatchesOnlyThatExactToken(string hostile)
    {
        var store = await StoreWithCorpusAsync();
        var exact = hostile.ToLowerInvariant();

        var alone = await store.SearchAsync([hostile], 10, None);
        var withValid = await store.SearchAsync([hostile, "geneva"], 10, None);

        var claims = await store.GetClaimsByIdAsync(alone.Select(h => h.ClaimId).ToArray(), None);
        Assert.All(claims, c => Assert.Contains(exact, c.Terms.Split(' ')));
        Assert.Contains(withValid, h => h.ClaimId == "s#4");
        Assert.Equal(Corpus.Length, (await store.GetClaimsAsync(null, None)).Count);
    }

    [StoreFact]
    public async Task SearchAsync_Limit_CapsHits()
    {
        var store = await StoreWithCorpusAsync();

        var hits = await store.SearchAsync(["russia", "astana", "invit"], 2, None);

        Assert.Equal(2, hits.Count);
        Assert.Equal("s#1", hits[0].ClaimId);
    }

    [StoreFact]
    public async Task SearchAsync_AfterNewGeneration_FindsOnlyCurrentClaims()
    {
        var store = await NewStoreAsync();
        await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", TestSources.Claim("a", 1, "old", "oldterm common"))), None);

        await store.CommitGenerationAsync(WriteOnly(TestSources.Source("a", TestSources.Claim("a", 1, "new", "newterm common"))), None);
        var old = await store.SearchAsync(["oldterm"], 10, None);
        var current = await store.SearchAsync(["newterm"], 10, None);
        var common = await store.SearchAsync(["common"], 10, None);

        Assert.Empty(old);
        Assert.Equal("a#1", Assert.Single(current).ClaimId);
        Assert.Equal("a#1", Assert.Single(common).ClaimId);
    }

    private async Task<IClaimStore> StoreWithCorpusAsync()
    {
        var store = await NewStoreAsync();
        await store.CommitGenerationAsync(WriteOnly(TestSources.Source("s", Corpus)), None);
        return store;
    }
}
