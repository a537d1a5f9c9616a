namespace ClaimBot.Host.Tests.Cli;

/// <summary>
/// <c>claimbot ask</c> refreshes the store first, but a question is not a reload: only a refresh that changed the
/// sources leaves a "cli-auto" audit record.
/// </summary>
[Collection(ConsoleTests.Name)]
public sealed class AskRefreshTests
{
    private const string Question = "who was invited to Astana?";

    [Fact]
    public async Task Ask_SourcesUnchanged_WritesNoReloadRecord()
    {
        using var workspace = TestWorkspace.WithSeeds();
        Assert.Equal(0, (await CliRunner.RunAsync(workspace.ConfigurationArgs, "ask", "--json", Question)).ExitCode);

        var second = await CliRunner.RunAsync(workspace.ConfigurationArgs, "ask", "--json", Question);
        var third = await CliRunner.RunAsync(workspace.ConfigurationArgs, "check", "--json", "Russia invited the US to the Astana talks");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, third.ExitCode);
        Assert.True(second.Json().GetProperty("answered").GetBoolean());
        var audits = await AuditsAsync(workspace);
        var only = Assert.Single(audits);
        Assert.Equal("cli-auto", only.GetProperty("origin").GetString());
        Assert.Equal(2, only.GetProperty("result").GetProperty("added").GetArrayLength());
    }

    [Fact]
    public async Task Ask_SourceAddedSinceTheLastAsk_IngestsItAndAuditsThatReload()
    {
        using var workspace = TestWorkspace.WithSeeds();
        await CliRunner.RunAsync(workspace.ConfigurationArgs, "ask", "--json", Question);
        await workspace.WriteSourceAsync(Articles.HarbourFile, Articles.Harbour);

        var run = await CliRunner.RunAsync(workspace.ConfigurationArgs, "ask", "--json", Articles.HarbourQuestion);

        var citations = run.Json().GetProperty("citations").EnumerateArray();
        Assert.Contains(citations, c => c.GetProperty("source").GetProperty("file").GetString() == Articles.HarbourFile);
        var audits = await AuditsAsync(workspace);
        Assert.Equal(2, audits.Count);
        Assert.Equal(Articles.HarbourFile, Assert.Single(audits[0].GetProperty("result").GetProperty("added").EnumerateArray().ToList()).GetString());
    }

    private static async Task<List<System.Text.Json.JsonElement>> AuditsAsync(TestWorkspace workspace) =>
        (await CliRunner.RunAsync(workspace.ConfigurationArgs, "reloads", "--json")).Json().EnumerateArray().ToList();
}
