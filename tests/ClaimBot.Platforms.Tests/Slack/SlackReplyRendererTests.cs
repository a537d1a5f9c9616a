using ClaimBot.Core.Answering;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Tests.Chat;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Tests.Slack;

public sealed class SlackReplyRendererTests
{
    private readonly SlackReplyRenderer _renderer = new(Options.Create(new SlackOptions()), TestLexicons.Catalog);

    [Fact]
    public void Render_AnswerWithHostileQuote_EscapesMentionsLinksAndAmpersands()
    {
        var reply = new ChatReply(ChatCommandKind.Ask, Answer: SlackSamples.Answer(2, SlackSamples.HostileQuote));

        var message = _renderer.Render(reply, "slack:evidence:k").Message;

        SlackBlockAssert.NoLiveMentionsOrLinks(message);
        var all = string.Join("\n", SlackBlockAssert.Texts(message));
        Assert.Contains("&lt;!channel&gt;", all, StringComparison.Ordinal);
        Assert.Contains("&lt;@U123&gt;", all, StringComparison.Ordinal);
        Assert.Contains("Smith &amp; Jones", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Answer_HasMarkersContextPerCitationAndFallback()
    {
        var reply = new ChatReply(ChatCommandKind.Ask, Answer: SlackSamples.Answer(3));

        var rendered = _renderer.Render(reply, "slack:evidence:k");

        SlackBlockAssert.WithinLimits(rendered.Message);
        Assert.Null(rendered.FullEvidence);
        Assert.Contains("[1]", rendered.Message.Text, StringComparison.Ordinal);
        var contexts = rendered.Message.Blocks!.Where(b => (string?)b!["type"] == "context").ToList();
        Assert.Equal(3, contexts.Count);
        var first = string.Join("\n", contexts[0]!["elements"]!.AsArray().Select(e => (string?)e!["text"]));
        Assert.Contains("Quote number 1", first, StringComparison.Ordinal);
        Assert.Contains("Speaker 1 (Minister)", first, StringComparison.Ordinal);
        Assert.Contains("Outlet &amp; Co", first, StringComparison.Ordinal);
        Assert.Contains("2024-03-01", first, StringComparison.Ordinal);
        Assert.Contains("source language: en", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnswerWithManyCitations_TrimsWholeItemsAndAddsButton()
    {
        var reply = new ChatReply(ChatCommandKind.Ask, Answer: SlackSamples.Answer(120, new string('x', 1400) + " & <!here>"));

        var rendered = _renderer.Render(reply, "slack:evidence:key1");

        SlackBlockAssert.WithinLimits(rendered.Message);
        SlackBlockAssert.NoLiveMentionsOrLinks(rendered.Message);
        Assert.Equal(120, rendered.FullEvidence!.Count);
        var button = SlackBlockAssert.Button(rendered.Message)!;
        Assert.Equal("show_all_evidence", (string?)button["action_id"]);
        Assert.Equal("slack:evidence:key1", (string?)button["value"]);
    }

    [Fact]
    public void Render_AnswerNotAnswered_HasTextOnly()
    {
        var answer = new Answer("q", "en", "The sources do not say.", [], Answered: false);

        var message = _renderer.Render(new ChatReply(ChatCommandKind.Ask, Answer: answer), "k").Message;

        Assert.Single(message.Blocks!);
        Assert.Equal("The sources do not say.", message.Text);
    }

    [Theory]
    [InlineData(VerdictKind.Supported, ":white_check_mark:")]
    [InlineData(VerdictKind.Refuted, ":x:")]
    [InlineData(VerdictKind.NotEnoughInfo, ":grey_question:")]
    [InlineData(VerdictKind.Conflicting, ":warning:")]
    public void Render_FactCheck_ShowsVerdictLabelWithEmoji(VerdictKind verdict, string emoji)
    {
        var reply = new ChatReply(ChatCommandKind.Check, Check: SlackSamples.Check(verdict, 2));

        var message = _renderer.Render(reply, "k").Message;

        SlackBlockAssert.WithinLimits(message);
        SlackBlockAssert.NoLiveMentionsOrLinks(message);
        Assert.StartsWith(emoji, message.Text, StringComparison.Ordinal);
        Assert.Contains("Refutes: negation", message.Blocks!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Comparison_ListsSourcesAgreementsAndContradictions()
    {
        var reply = new ChatReply(ChatCommandKind.Compare, Comparison: SlackSamples.Comparison(2, 2));

        var message = _renderer.Render(reply, "k").Message;

        SlackBlockAssert.WithinLimits(message);
        SlackBlockAssert.NoLiveMentionsOrLinks(message);
        var json = string.Join("\n", SlackBlockAssert.Texts(message));
        Assert.Contains("Title 1", json, StringComparison.Ordinal);
        Assert.Contains("Title 2", json, StringComparison.Ordinal);
        Assert.Contains("• Outlet &amp; Co [1] · Outlet &amp; Co [3] — same date", json, StringComparison.Ordinal);
        Assert.Contains("• Outlet &amp; Co [2] ↔ Outlet &amp; Co [4] — negation", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LargeComparison_StaysWithinLimitsWithButton()
    {
        var reply = new ChatReply(ChatCommandKind.Compare, Comparison: SlackSamples.Comparison(60, 5));

        var rendered = _renderer.Render(reply, "k");

        SlackBlockAssert.WithinLimits(rendered.Message);
        Assert.Equal(300, rendered.FullEvidence!.Count);
        Assert.NotNull(SlackBlockAssert.Button(rendered.Message));
    }

    [Fact]
    public void RenderAllEvidence_ManyLongItems_StaysWithinLimits()
    {
        var items = Enumerable.Range(1, 200)
            .Select(n => new SlackEvidenceItem(n, new string('q', 900) + " <@U1>", "A & B", "T", "O", "2020", "da"))
            .ToList();

        var message = SlackReplyRenderer.RenderAllEvidence(items);

        SlackBlockAssert.WithinLimits(message);
        SlackBlockAssert.NoLiveMentionsOrLinks(message);
        Assert.Contains("more items", message.Blocks!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Help_IsSlackSyntax()
    {
        var message = _renderer.Render(new ChatReply(ChatCommandKind.Help, Notice: ChatCommandRunner.HelpText), "k").Message;

        Assert.Contains("/factcheck", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReloadResult_ReportsCountsAndSkippedReasons()
    {
        var result = new ClaimBot.Core.Reloading.ReloadResult(
            true, 7, ["a.txt"], ["b.txt"], [], ["c.txt", "d.txt"], [new("bin.dat", "binary file <!channel>")], 10, 14, TimeSpan.FromSeconds(2.5));

        var message = _renderer.Render(new ChatReply(ChatCommandKind.Reload, Reload: result), "k").Message;

        SlackBlockAssert.WithinLimits(message);
        SlackBlockAssert.NoLiveMentionsOrLinks(message);
        var json = string.Join("\n", SlackBlockAssert.Texts(message));
        Assert.Contains("generation 7", json, StringComparison.Ordinal);
        Assert.Contains("Added 1, changed 1, removed 0, unchanged 2, skipped 1", json, StringComparison.Ordinal);
        Assert.Contains("Claims: 10 → 14", json, StringComparison.Ordinal);
        Assert.Contains("bin.dat", json, StringComparison.Ordinal);
    }
}
