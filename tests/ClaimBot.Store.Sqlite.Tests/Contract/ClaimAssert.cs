using ClaimBot.Core.Claims;

namespace ClaimBot.Store.Contract;

/// <summary>Field-by-field claim comparison (records compare their lists by reference).</summary>
public static class ClaimAssert
{
    public static void Same(Claim expected, Claim actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.SourceId, actual.SourceId);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(expected.End, actual.End);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Speaker, actual.Speaker);
        Assert.Equal(expected.IsQuote, actual.IsQuote);
        Assert.Equal(expected.IsNegated, actual.IsNegated);
        Assert.Equal(expected.IsHedged, actual.IsHedged);
        Assert.Equal(expected.Entities, actual.Entities);
        Assert.Equal(expected.Dates, actual.Dates);
        Assert.Equal(expected.Numbers, actual.Numbers);
        Assert.Equal(expected.Terms, actual.Terms);
    }

    public static void SameAll(IEnumerable<Claim> expected, IReadOnlyList<Claim> actual)
    {
        var expectedList = expected.ToList();
        Assert.Equal(expectedList.Count, actual.Count);
        for (var i = 0; i < expectedList.Count; i++)
        {
            Same(expectedList[i], actual[i]);
        }
    }
}
