using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimBot.Core.Answering;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Tests.Chat;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed partial class DiscordComparisonRendererTests
{
    private static readonly JsonSerializerOptions Wire = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly DiscordReplyRenderer _renderer = new(TestLexicons.Catalog);

    [Fact]
    public void Render_DanishComparison_HeadingsAndLanguagesAreDanish()
    {
        var rendered = Render(ComparisonSamples.Danish());

        var fields = Fields(rendered);
        Assert.Contains(fields, f => f.Name == "DR · 2017-01-10 · dansk — Våbenhvile i Syrien" && f.Value.StartsWith("**[1]** Rusland", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Name == "Reuters · 2017-01-10 · engelsk — Ceasefire talks");
        Assert.Contains(fields, f => f.Name == "Kilderne er enige");
        Assert.Contains(fields, f => f.Name == "Kilderne modsiger hinanden");
        Assert.Contains(rendered.Message.Embeds!, e => e.Description == "Kun NRK skriver: [6]");
        var all = DiscordAssert.Strings(ToJson(rendered.Message)).ToList();
        Assert.DoesNotContain(all, s => s.Contains("The sources", StringComparison.Ordinal) || s.Contains("Only", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Groups_CiteEverySourceWithTheReason()
    {
        var rendered = Render(ComparisonSamples.Danish());

        var fields = Fields(rendered);
        Assert.Contains(fields, f => f.Name == "Kilderne er enige" && f.Value == "• g1: DR [1] · Reuters [3] · NRK [5] — samme oplysning");
        Assert.Contains(fields, f => f.Name == "Kilderne modsiger hinanden" && f.Value == "• g2: DR [2] ↔ Reuters [4] — forskellige tal");
    }

    [Fact]
    public void Render_SmallComparison_SourcesInlineWithoutButton()
    {
        var rendered = Render(ComparisonSamples.Danish());

        var sources = rendered.Message.Embeds![0];
        Assert.Equal("våbenhvilen", sources.Title);
        Assert.Equal(3, sources.Fields!.Count);
        Assert.All(sources.Fields, f => Assert.True(f.Inline));
        Assert.Equal(6, sources.Fields.Sum(f => Marker().Count(f.Value)));
        Assert.Null(sources.Footer);
        Assert.Empty(rendered.Message.Components!);
        Assert.Null(rendered.Evidence);
    }

    [Fact]
    public void Render_TwelveSourcesOfFourLongClaims_StaysWithinDiscordLimits()
    {
        var comparison = ComparisonSamples.Large(sources: 12, claims: 4, length: 1200);

        var rendered = Render(comparison);

        var json = ToJson(rendered.Message);
        DiscordAssert.WithinLimits(json);
        var sources = rendered.Message.Embeds![0];
        Assert.Equal(12, sources.Fields!.Count);
        Assert.All(sources.Fields, f => Assert.Null(f.Inline));
        var agree = Assert.Single(Fields(rendered), f => f.Name == "The sources agree").Value;
        Assert.All(Enumerable.Range(1, 12), s => Assert.Contains($"Outlet {s} [{ComparisonSamples.NumberIn(comparison, s, 1)}]", agree, StringComparison.Ordinal));
        DiscordAssert.MentionSafe(json);
    }

    [Fact]
    public void Render_TrimmedComparison_ShowsButtonAndTrueCount()
    {
        var comparison = ComparisonSamples.Large(sources: 12, claims: 4, length: 200);

        var rendered = Render(comparison, "cmp1");

        var sources = rendered.Message.Embeds![0];
        var shown = sources.Fields!.Sum(f => Marker().Count(f.Value));
        Assert.InRange(shown, 12, 47);
        Assert.Equal($"Showing {shown} of 48 claims.", sources.Footer!.Text);
        var button = rendered.Message.Components!.Single().Components!.Single();
        Assert.Equal(DiscordReplyRenderer.ShowEvidenceLabel, button.Label);
        Assert.Equal("claimbot:evidence:cmp1", button.CustomId);
        Assert.Equal(48, rendered.Evidence!.Items.Count);
    }

    [Fact]
    public void Render_HostileText_IsNeutralisedAndAllowsNoMentions()
    {
        var comparison = ComparisonSamples.Large(sources: 3, claims: 2, length: 100, tail: " " + ComparisonSamples.Hostile);

        var rendered = Render(comparison);

        var json = ToJson(rendered.Message);
        DiscordAssert.MentionSafe(json);
        Assert.All(DiscordAssert.Strings(json), s => Assert.DoesNotMatch(UserOrRoleMention(), s));
        Assert.Contains(DiscordAssert.Strings(json), s => s.Contains("<\u200B@123>", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NothingFound_IsTheNoticeAlone()
    {
        var comparison = new Comparison("x", "da", [], [], [], [], "Kilderne siger ikke noget om x.");

        var rendered = Render(comparison);

        Assert.Equal("Kilderne siger ikke noget om x.", rendered.Message.Content);
        Assert.Empty(rendered.Message.Embeds!);
        Assert.Empty(rendered.Message.Components!);
        Assert.Null(rendered.Evidence);
    }

    private DiscordRenderedReply Render(Comparison comparison, string key = "key") =>
        _renderer.Render(new ChatReply(ChatCommandKind.Compare, Comparison: comparison), key, ephemeral: false);

    private static List<DiscordEmbedField> Fields(DiscordRenderedReply rendered) =>
        rendered.Message.Embeds!.SelectMany(e => e.Fields ?? []).ToList();

    private static JsonNode ToJson(DiscordMessage message) => JsonNode.Parse(JsonSerializer.Serialize(message, Wire))!;

    [GeneratedRegex(@"\*\*\[\d+\]\*\*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"<@[!&]?\d+>")]
    private static partial Regex UserOrRoleMention();
}
