using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Sergey", "Sergej")]
    [InlineData("Sergey", "Sergei")]
    [InlineData("Sergej", "Sergei")]
    [InlineData("Ja'afari", "Jaafari")]
    [InlineData("Irans", "Iran")]
    [InlineData("Lavrov", "Lawrow")]
    [InlineData("Genève", "Geneve")]
    public void Of_SpellingsOfOneName_Meet(string spelling, string other)
    {
        var key = NameKey.Of(spelling);

        Assert.Equal(key, NameKey.Of(other));
    }

    [Theory]
    [InlineData("Iran", "Iraq")]
    [InlineData("Sergey", "Sergio")]
    [InlineData("Lavrov", "Lavrin")]
    [InlineData("Zarif", "Zafir")]
    public void Of_DifferentNames_DoNotMeet(string name, string other)
    {
        var key = NameKey.Of(name);

        Assert.NotEqual(key, NameKey.Of(other));
    }
}
