using ClaimBot.Core.Answering;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>Comparisons of two checks of one statement.</summary>
internal static class StanceAssert
{
    /// <summary>The same verdict, reason, wording and evidence: what the offline fallback must give.</summary>
    public static void SameCheck(FactCheck expected, FactCheck actual)
    {
        Assert.Equal(expected.Verdict, actual.Verdict);
        Assert.Equal(expected.Reason, actual.Reason);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Evidence.Select(e => (e.ClaimId, e.Stance, e.Reason, e.Score)), actual.Evidence.Select(e => (e.ClaimId, e.Stance, e.Reason, e.Score)));
    }
}
