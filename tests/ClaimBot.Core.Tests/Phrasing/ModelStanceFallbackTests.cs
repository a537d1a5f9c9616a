using ClaimBot.Core.Answering;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>
/// check with a model that answers badly: every reply here would make "The Harbour Museum reopened" refuted if it were
/// read leniently, so an offline verdict (not enough info) shows the fallback happened.
/// </summary>
[Collection(StanceCheckGroup.Name)]
public sealed class ModelStanceFallbackTests(StanceCheckFixture fixture)
{
    private const string Reopened = "The Harbour Museum reopened to visitors this week.";
    private const string Closed = "will remain closed to visitors until the spring";
    private const string ModelWhy = "the model's own words";

    public static TheoryData<string, string> BadReplies() => new()
    {
        { """{"judgements":[{"n":{closed},"stance":"refuted","why":"the model's own words"}]}""", "unknown stance" },
        { """{"judgements":[{"n":{closed},"stance":"Refutes","why":"the model's own words"}]}""", "unknown stance" },
        { """{"judgements":[{"n":{closed},"stance":"refutes","why":"the model's own words"}""", "not the JSON object" },
        { """The claim [{closed}] refutes it: the model's own words.""", "not the JSON object" },
        { """{"judgements":[{"n":"{closed}","stance":"refutes","why":"the model's own words"}]}""", "not the JSON object" },
        { """{"judgements":[{"n":{closed},"stance":"refutes","why":"the model's own words"}],"verdict":"refuted"}""", "not the JSON object" },
        { """{"judgements":[{"n":{closed},"stance":"refutes","why":"x"},{"n":9,"stance":"refutes","why":"the model's own words"}]}""", "names [9], which was not offered" },
        { """{"judgements":[{"n":{closed},"stance":"refutes","why":"x"},{"n":{closed},"stance":"irrelevant","why":"the model's own words"}]}""", "more than once" },
        { """{"judgements":[]}""", "no judgements" },
        { "  ", "empty reply" },
    };

    [Theory]
    [MemberData(nameof(BadReplies))]
    public async Task CheckAsync_BadStanceReply_OfflineVerdictAndRejectionLoggedWithoutModelText(string reply, string reason)
    {
        fixture.Use(request => reply.Replace("{closed}", request.NumberOf(Closed).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var offline = await fixture.Offline.CheckAsync(Reopened, CancellationToken.None);

        var check = await fixture.Model.CheckAsync(Reopened, CancellationToken.None);

        Assert.Equal(VerdictKind.NotEnoughInfo, offline.Verdict);
        StanceAssert.SameCheck(offline, check);
        var rejection = Assert.Single(fixture.Logs.Entries, e => e.EventId.Id == 4021);
        Assert.Contains(reason, rejection.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Message.Contains(ModelWhy, StringComparison.Ordinal) || e.Message.Contains(Reopened, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_ServerError_OfflineVerdictAndStatusLogged()
    {
        fixture.Use(_ => null);
        var offline = await fixture.Offline.CheckAsync(Reopened, CancellationToken.None);

        var check = await fixture.Model.CheckAsync(Reopened, CancellationToken.None);

        StanceAssert.SameCheck(offline, check);
        var failure = Assert.Single(fixture.Logs.Entries, e => e.EventId.Id == 4022);
        Assert.Contains("HTTP 500", failure.Message, StringComparison.Ordinal);
        // Our events only: Semantic Kernel's own function-failed log (category Microsoft.SemanticKernel, Error) quotes the server's error.
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.EventId.Id is >= 4000 and < 4100 && e.Message.Contains("server text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_ModelSlowerThanTimeout_OfflineVerdictAndTimeoutLogged()
    {
        var asked = fixture.UseSilentModel();
        var offline = await fixture.Offline.CheckAsync(Reopened, CancellationToken.None);

        var checking = fixture.Model.CheckAsync(Reopened, CancellationToken.None);
        await asked;
        fixture.Time.Advance(TimeSpan.FromSeconds(StanceCheckFixture.TimeoutSeconds));
        var check = await checking;

        StanceAssert.SameCheck(offline, check);
        Assert.Single(fixture.Logs.Entries, e => e.EventId.Id == 4023);
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.EventId.Id == 4022);
    }

    [Fact]
    public async Task CheckAsync_CallerCancelsWhileTheModelThinks_Throws()
    {
        var asked = fixture.UseSilentModel();
        using var cancellation = new CancellationTokenSource();

        var checking = fixture.Model.CheckAsync(Reopened, cancellation.Token);
        await asked;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => checking);
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.EventId.Id is 4022 or 4023);
    }
}
