using System.Text.RegularExpressions;
using ClaimBot.Core.Answering;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Tests.Chat;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed partial class SlackComparisonRendererTests
{
    private readonly SlackReplyRenderer _renderer = new(Options.Create(new SlackOptions()), TestLexicons.Catalog);

    [Fact]
    public void Render_DanishComparison_HeadingsAndLanguagesAreDanish()
    {
        var rendered = Render(ComparisonSamples.Danish());

        var sections = Sections(rendered.Message);
        Assert.Contains(sections, s => s.StartsWith("*DR · 2017-01-10 · dansk* _Våbenhvile i Syrien_\n*[1]* “Rusland", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.StartsWith("*Reuters · 2017-01-10 · engelsk*", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.StartsWith("*Kilderne er enige*\n", StringComparison.Ordinal));
        Assert.Contains(sections, s => s.StartsWith("*Kilderne modsiger hinanden*\n", StringComparison.Ordinal));
        Assert.Contains("Kun NRK skriver: [6]", Contexts(rendered.Message));
        var all = string.Join("\n", SlackBlockAssert.Texts(rendered.Message));
        Assert.DoesNotContain("The sources", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Only", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Groups_CiteEverySourceWithTheReason()
    {
        var rendered = Render(ComparisonSamples.Danish());

        var sections = Sections(rendered.Message);
        Assert.Contains(sections, s => s == "*Kilderne er enige*\n• g1: DR [1] · Reuters [3] · NRK [5] — samme oplysning");
        Assert.Contains(sections, s => s == "*Kilderne modsiger hinanden*\n• g2: DR [2] ↔ Reuters [4] — forskellige tal");
    }

    [Fact]
    public void Render_SmallComparison_HasNoButtonAndNoTrimNote()
    {
        var rendered = Render(ComparisonSamples.Danish());

        Assert.Null(SlackBlockAssert.Button(rendered.Message));
        Assert.Null(rendered.FullEvidence);
        var sourceSections = Sections(rendered.Message).Where(s => s.StartsWith("*DR ", StringComparison.Ordinal) || s.StartsWith("*Reuters ", StringComparison.Ordinal) || s.StartsWith("*NRK ", StringComparison.Ordinal));
        Assert.Equal(6, sourceSections.Sum(s => Marker().Count(s)));
        Assert.DoesNotContain("Viser", string.Join("\n", Contexts(rendered.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwelveSourcesOfFourLongClaims_StaysWithinBlockKitLimits()
    {
        var comparison = ComparisonSamples.Large(sources: 12, claims: 4, length: 1200);

        var rendered = Render(comparison);

        SlackBlockAssert.WithinLimits(rendered.Message);
        Assert.All(SlackBlockAssert.Texts(rendered.Message), t => Assert.True(t.Length <= 3000, $"{t.Length} characters"));
        var sections = Sections(rendered.Message);
        Assert.All(Enumerable.Range(1, 12), s => Assert.Single(sections, x => x.StartsWith($"*Outlet {s} · 2017-01-10 · ", StringComparison.Ordinal)));
        var agree = Assert.Single(sections, s => s.StartsWith("*The sources agree*", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 12), s => Assert.Contains($"Outlet {s} [{ComparisonSamples.NumberIn(comparison, s, 1)}]", agree, StringComparison.Ordinal));
        var contradict = Assert.Single(sections, s => s.StartsWith("*The sources contradict each other*", StringComparison.Ordinal));
        Assert.Equal(11, contradict.Split('\n').Count(l => l.StartsWith("• g", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_TrimmedComparison_ShowsButtonAndTrueCount()
    {
        var comparison = ComparisonSamples.Large(sources: 12, claims: 4, length: 200);

        var rendered = Render(comparison, "slack:evidence:cmp1");

        var shown = SourceSections(rendered.Message, 12).Sum(s => Marker().Count(s));
        Assert.InRange(shown, 12, 47);
        Assert.Contains($"Showing {shown} of 48 claims.", Contexts(rendered.Message));
        var button = SlackBlockAssert.Button(rendered.Message)!;
        Assert.Equal("slack:evidence:cmp1", (string?)button["value"]);
        Assert.Equal("Show all evidence (48)", (string?)button["text"]!["text"]);
        Assert.Equal(48, rendered.FullEvidence!.Count);
    }

    [Fact]
    public void Render_ClaimsBeyondOneSection_AreCountedAsNotShown()
    {
        var comparison = ComparisonSamples.Large(sources: 1, claims: 14, length: 1200);

        var rendered = Render(comparison);

        var section = Assert.Single(SourceSections(rendered.Message, 1));
        var shown = Marker().Count(section);
        Assert.InRange(shown, 1, 13);
        Assert.Contains($"Showing {shown} of 14 claims.", Contexts(rendered.Message));
        Assert.NotNull(SlackBlockAssert.Button(rendered.Message));
    }

    [Fact]
    public void Render_OnlyShortenedClaims_OffersTheButtonWithoutCount()
    {
        var comparison = ComparisonSamples.Large(sources: 2, claims: 1, length: 2000);

        var rendered = Render(comparison);

        Assert.NotNull(SlackBlockAssert.Button(rendered.Message));
        Assert.DoesNotContain("Showing", string.Join("\n", Contexts(rendered.Message)), StringComparison.Ordinal);
        Assert.All(SourceSections(rendered.Message, 2), s => Assert.EndsWith("…”", s.Split('\n')[1].Split(" — ")[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Render_HostileText_NoMentionOrLinkCanPing()
    {
        var comparison = ComparisonSamples.Large(sources: 3, claims: 2, length: 100, tail: " " + ComparisonSamples.Hostile);

        var rendered = Render(comparison);

        SlackBlockAssert.NoLiveMentionsOrLinks(rendered.Message);
        Assert.All(SlackBlockAssert.Texts(rendered.Message), t => Assert.DoesNotMatch(BareSpecialMention(), t));
        var all = string.Join("\n", SlackBlockAssert.Texts(rendered.Message));
        Assert.Contains("&lt;@123&gt;", all, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingFound_IsTheNoticeAlone()
    {
        var comparison = new Comparison("<@U1> x", "da", [], [], [], [], "Kilderne siger ikke noget om x.");

        var rendered = Render(comparison);

        var section = Assert.Single(Sections(rendered.Message));
        Assert.Equal(":mag: *&lt;@U1&gt; x*\nKilderne siger ikke noget om x.", section);
        Assert.Single(rendered.Message.Blocks!);
        Assert.Null(rendered.FullEvidence);
    }

    private SlackRenderedReply Render(Comparison comparison, string key = "k") =>
        _renderer.Render(new ChatReply(ChatCommandKind.Compare, Comparison: comparison), key);

    private static List<string> Sections(SlackMessage message) =>
        message.Blocks!.Where(b => (string?)b!["type"] == "section").Select(b => (string)b!["text"]!["text"]!).ToList();

    private static List<string> SourceSections(SlackMessage message, int sources) =>
        Sections(message).Where(s => Enumerable.Range(1, sources).Any(i => s.StartsWith($"*Outlet {i} ·", StringComparison.Ordinal))).ToList();

    private static List<string> Contexts(SlackMessage message) =>
        message.Blocks!.Where(b => (string?)b!["type"] == "context")
            .SelectMany(b => b!["elements"]!.AsArray().Select(e => (string)e!["text"]!))
            .ToList();

    [GeneratedRegex(@"\*\[\d+\]\*")]
    private static partial Regex Marker();

    [GeneratedRegex("@(everyone|here|channel)", RegexOptions.IgnoreCase)]
    private static partial Regex BareSpecialMention();
}
