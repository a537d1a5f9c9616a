using ClaimBot.Core.Phrasing;

namespace ClaimBot.Core.Tests.Phrasing;

public sealed class StanceReplyParserTests
{
    [Fact]
    public void TryParse_ReplyInTheAskedShape_ReadsEveryStanceByNumber()
    {
        const string reply = """{"judgements":[{"n":2,"stance":"refutes","why":"a"},{"n":1,"stance":"supports","why":"b"},{"n":3,"stance":"irrelevant","why":"c"}]}""";

        var parsed = StanceReplyParser.TryParse(reply, 3, out var stances, out var failure);

        Assert.True(parsed, failure);
        Assert.Equal(ModelStance.Supports, stances![1]);
        Assert.Equal(ModelStance.Refutes, stances[2]);
        Assert.Equal(ModelStance.Irrelevant, stances[3]);
    }

    [Fact]
    public void TryParse_ReplyInAMarkdownFence_ReadsIt()
    {
        const string reply = "```json\n{\"judgements\":[{\"n\":2,\"stance\":\"refutes\",\"why\":\"a\"}]}\n```";

        var parsed = StanceReplyParser.TryParse(reply, 4, out var stances, out _);

        Assert.True(parsed);
        Assert.Equal(2, Assert.Single(stances!).Key);
    }

    [Theory]
    [InlineData("""{"judgements":[{"n":0,"stance":"supports","why":"a"}]}""", "names [0], which was not offered")]
    [InlineData("""{"judgements":[{"n":4,"stance":"supports","why":"a"}]}""", "names [4], which was not offered")]
    [InlineData("""{"judgements":[{"n":1,"stance":"supports","why":"a"},{"n":1,"stance":"refutes","why":"b"}]}""", "[1] is judged more than once")]
    [InlineData("""{"judgements":[{"n":1,"stance":"supported","why":"a"}]}""", "unknown stance")]
    [InlineData("""{"judgements":[{"n":1,"stance":"","why":"a"}]}""", "unknown stance")]
    [InlineData("""{"judgements":[{"n":1,"why":"a"}]}""", "not the JSON object")]
    [InlineData("""{"judgements":[{"n":1,"stance":null}]}""", "not the JSON object")]
    [InlineData("""{"judgements":[{"n":1.5,"stance":"supports"}]}""", "not the JSON object")]
    [InlineData("""{"judgements":[{"n":1,"stance":"supports","n":3}]}""", "not the JSON object")]
    [InlineData("""{"judgements":[{"n":1,"stance":"supports","evidence":"[7] Paris"}]}""", "not the JSON object")]
    [InlineData("""{"Judgements":[{"n":1,"stance":"supports"}]}""", "not the JSON object")]
    [InlineData("""[{"n":1,"stance":"supports"}]""", "not the JSON object")]
    [InlineData("""{"judgements":[null]}""", "judgement 1 is null")]
    [InlineData("""{"judgements":[]}""", "no judgements")]
    [InlineData("null", "no judgements")]
    [InlineData("", "empty reply")]
    public void TryParse_AnythingElse_FailsWithAReasonThatQuotesNothing(string reply, string reason)
    {
        var parsed = StanceReplyParser.TryParse(reply, 3, out var stances, out var failure);

        Assert.False(parsed);
        Assert.Null(stances);
        Assert.Contains(reason, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Paris", failure, StringComparison.Ordinal);
    }
}
