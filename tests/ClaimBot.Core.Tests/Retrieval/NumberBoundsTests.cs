using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class NumberBoundsTests
{
    [Theory]
    [InlineData("200000", NumberBound.Approximately, "220000", true)]
    [InlineData("200000", NumberBound.Approximately, "180000", true)]
    [InlineData("200000", NumberBound.Approximately, "260000", false)]
    [InlineData("6000000", NumberBound.AtLeast, "6900000", true)]
    [InlineData("6000000", NumberBound.AtLeast, "5900000", false)]
    [InlineData("200000", NumberBound.AtLeast, "6000000", false)]
    [InlineData("40", NumberBound.AtMost, "35", true)]
    [InlineData("40", NumberBound.AtMost, "45", false)]
    [InlineData("40", NumberBound.AtMost, "2", false)]
    [InlineData("14", NumberBound.Exactly, "14", true)]
    [InlineData("14", NumberBound.Exactly, "15", false)]
    [InlineData("1.5", NumberBound.Approximately, "1.6", true)]
    public void Satisfies_ClaimFigure_AgainstTheStatementsBound(string statement, NumberBound bound, string claim, bool expected)
    {
        Assert.Equal(expected, NumberBounds.Satisfies(statement, bound, claim));
    }
}
