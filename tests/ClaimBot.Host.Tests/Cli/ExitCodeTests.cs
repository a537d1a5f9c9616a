namespace ClaimBot.Host.Tests.Cli;

/// <summary>Exit codes: 3 when ingest skipped a file, 2 with a clear message on bad configuration.</summary>
[Collection(ConsoleTests.Name)]
public sealed class ExitCodeTests
{
    [Fact]
    public async Task Ingest_BinaryFileAmongSources_ExitsWithThreeNamingTheFileAndIngestsTheRest()
    {
        using var workspace = TestWorkspace.WithSeeds();
        await workspace.WriteSourceBytesAsync("scan.png", Articles.Binary);

        var run = await CliRunner.RunAsync(workspace.ConfigurationArgs, "ingest", "--json");

        Assert.Equal(3, run.ExitCode);
        var result = run.Json();
        var skipped = Assert.Single(result.GetProperty("skipped").EnumerateArray().ToList());
        Assert.Equal("scan.png", skipped.GetProperty("file").GetString());
        Assert.False(string.IsNullOrWhiteSpace(skipped.GetProperty("reason").GetString()));
        Assert.Equal(2, result.GetProperty("added").GetArrayLength());
    }

    [Fact]
    public async Task Ingest_CleanSources_ExitsZeroAndSecondRunFindsEverythingUnchanged()
    {
        using var workspace = TestWorkspace.WithSeeds();
        var first = await CliRunner.RunAsync(workspace.ConfigurationArgs, "ingest", "--json");

        var second = await CliRunner.RunAsync(workspace.ConfigurationArgs, "ingest", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var result = second.Json();
        JsonShape.HasProperties(result, "succeeded", "generation", "added", "changed", "removed", "unchanged", "skipped", "claimsBefore", "claimsAfter", "durationMs");
        Assert.Equal(2, result.GetProperty("unchanged").GetArrayLength());
        Assert.Equal(first.Json().GetProperty("generation").GetInt64(), result.GetProperty("generation").GetInt64());
    }

    [Fact]
    public async Task Sources_UnknownStoreProvider_ExitsWithTwoNamingTheKeyAndAllowedValues()
    {
        using var workspace = TestWorkspace.WithSeeds();

        var run = await CliRunner.RunAsync([.. workspace.ConfigurationArgs, "--Store:Provider=Mongo"], "sources", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        Assert.Contains("Store:Provider", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("Sqlite", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("Postgres", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MissingSourcesFolder_ExitsNonZeroNamingTheKey()
    {
        using var workspace = TestWorkspace.WithSeeds();

        var run = await CliRunner.RunAsync([.. workspace.ConfigurationArgs, "--Sources:Path=" + Path.Combine(workspace.Root, "nowhere")], "ask", "--json", "who was invited?");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        Assert.Contains("Sources:Path", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Slack:SigningSecret=half-configured-secret", "Slack:BotToken")]
    [InlineData("--Discord:PublicKey=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Discord:ApplicationId")]
    public async Task Serve_HalfConfiguredPlatform_ExitsWithTwoNamingTheKey(string setting, string key)
    {
        using var workspace = TestWorkspace.WithSeeds();

        var run = await CliRunner.RunAsync([.. workspace.ConfigurationArgs, setting], "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(key, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscordRegister_HalfConfiguredDiscord_ExitsWithTwoNamingTheKey()
    {
        using var workspace = TestWorkspace.WithSeeds();

        var run = await CliRunner.RunAsync([.. workspace.ConfigurationArgs, "--Discord:BotToken=bot-token"], "discord", "register");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord:ApplicationId", run.StandardError, StringComparison.Ordinal);
    }
}
