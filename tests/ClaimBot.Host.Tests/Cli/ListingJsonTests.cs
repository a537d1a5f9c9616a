using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimBot.Host.Tests.Cli;

/// <summary>The listing verbs print exactly one JSON document with the fields of issue 2's contract.</summary>
[Collection(ConsoleTests.Name)]
public sealed partial class ListingJsonTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    [Fact]
    public async Task Sources_Json_PrintsOneArrayWithTheContractFields()
    {
        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "sources", "--json");

        var sources = run.Json().EnumerateArray().ToList();
        Assert.Equal(2, sources.Count);
        Assert.All(sources, s => JsonShape.HasProperties(s, "id", "file", "title", "date", "language", "url", "outlet", "claims"));
        Assert.All(sources, s => Assert.True(s.GetProperty("claims").GetInt32() > 0));
        var english = Assert.Single(sources, s => s.GetProperty("file").GetString()!.StartsWith("002", StringComparison.Ordinal));
        Assert.Equal("en", english.GetProperty("language").GetString());
        Assert.Contains(sources, s => s.GetProperty("language").GetString() == "da");
    }

    [Fact]
    public async Task Claims_Json_PrintsClaimsWithTheContractFields()
    {
        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "claims", "--json");

        var claims = run.Json().EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            JsonShape.HasProperties(claim, "id", "source", "text", "span", "language", "speaker", "quote", "negated", "hedged", "entities", "dates");
            JsonShape.HasProperties(claim.GetProperty("source"), "id", "file", "title", "date", "language");
            var span = claim.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()).ToList();
            Assert.Equal(2, span.Count);
            Assert.True(span[0] < span[1]);
            Assert.True(claim.GetProperty("speaker").ValueKind is JsonValueKind.Null || claim.GetProperty("speaker").TryGetProperty("name", out _));
            Assert.Contains(claim.GetProperty("quote").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.All(claim.GetProperty("entities").EnumerateArray(), e => JsonShape.HasProperties(e, "id", "name", "type"));
            Assert.All(claim.GetProperty("dates").EnumerateArray(), d => Assert.Matches(IsoDate(), d.GetString()!));
        }

        Assert.Contains(claims, c => c.GetProperty("negated").GetBoolean() && c.GetProperty("speaker").ValueKind is JsonValueKind.Object);
    }

    [Fact]
    public async Task Claims_SourceOption_ListsOnlyThatSource()
    {
        var sources = (await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "sources", "--json")).Json();
        var id = sources[0].GetProperty("id").GetString()!;

        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "claims", "--source", id, "--json");

        var claims = run.Json().EnumerateArray().ToList();
        Assert.Equal(sources[0].GetProperty("claims").GetInt32(), claims.Count);
        Assert.All(claims, c => Assert.Equal(id, c.GetProperty("source").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Reloads_Json_ListsTheIngestAuditNewestFirst()
    {
        await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "ingest", "--json");

        var run = await CliRunner.RunAsync(seeds.Workspace.ConfigurationArgs, "reloads", "--json");

        var audits = run.Json().EnumerateArray().ToList();
        Assert.True(audits.Count >= 2);
        Assert.All(audits, a => JsonShape.HasProperties(a, "id", "requestedBy", "origin", "startedAt", "finishedAt", "succeeded", "generation", "result"));
        var started = audits.Select(a => a.GetProperty("startedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(started.OrderDescending(), started);
        Assert.Equal("cli", audits[^1].GetProperty("origin").GetString());
        Assert.Equal(2, audits[^1].GetProperty("result").GetProperty("added").GetArrayLength());
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}){0,2}$")]
    private static partial Regex IsoDate();
}
