using System.Text.Json;

namespace ClaimBot.Host.Tests.Cli;

/// <summary><c>ask</c>, <c>check</c> and <c>compare</c> with <c>--json</c>: one document, the contract's fields, cited.</summary>
[Collection(ConsoleTests.Name)]
public sealed class QuestionJsonTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    [Fact]
    public async Task Ask_Json_PrintsACitedAnswer()
    {
        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "ask", "--json", "who was invited to Astana?");

        var answer = run.Json();
        JsonShape.HasProperties(answer, "question", "language", "answer", "answered", "citations");
        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.Contains("[1]", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citations = answer.GetProperty("citations").EnumerateArray().ToList();
        Assert.All(citations, c => JsonShape.HasProperties(c, "n", "claimId", "quote", "speaker", "source"));
        Assert.Contains(citations, c => c.GetProperty("source").GetProperty("file").GetString()!.StartsWith("002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_Json_PrintsAVerdictWithEvidence()
    {
        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "check", "--json", "Russia did not invite the US to the Astana talks");

        var check = run.Json();
        JsonShape.HasProperties(check, "statement", "language", "verdict", "reason", "answer", "evidence");
        Assert.Equal("refuted", check.GetProperty("verdict").GetString());
        var evidence = check.GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => JsonShape.HasProperties(e, "n", "stance", "claimId", "quote", "speaker", "source", "why"));
        Assert.Contains(evidence, e => e.GetProperty("stance").GetString() == "refutes");
    }

    [Fact]
    public async Task Compare_Json_PrintsWhatEachSourceSays()
    {
        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "compare", "--json", "Astana");

        var comparison = run.Json();
        JsonShape.HasProperties(comparison, "topic", "language", "answer", "sources", "agreements", "contradictions", "unique");
        var sources = comparison.GetProperty("sources").EnumerateArray().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => JsonShape.HasProperties(s.GetProperty("source"), "id", "file", "title", "outlet", "date", "language"));
        Assert.All(sources.SelectMany(s => s.GetProperty("claims").EnumerateArray()), c => JsonShape.HasProperties(c, "n", "claimId", "text", "speaker"));
        Assert.Equal(JsonValueKind.Array, comparison.GetProperty("contradictions").ValueKind);
    }

    [Fact]
    public async Task Ask_Json_WritesNothingButTheDocumentToStdout()
    {
        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "ask", "--json", "hvem blev inviteret til Astana?");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{", run.StandardOutput, StringComparison.Ordinal);
        Assert.EndsWith("}", run.StandardOutput.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal("da", run.Json().GetProperty("language").GetString());
    }
}
