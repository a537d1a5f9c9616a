using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimBot.Core.Answering;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Tests.Chat;

namespace ClaimBot.Platforms.Tests.Discord;

public sealed class DiscordReplyRendererTests
{
    private static readonly JsonSerializerOptions Wire = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public void Render_Answer_ContentHasMarkersAndEmbedHasQuotes()
    {
        var answer = DiscordSamples.Answer(citations: 2);

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(new ChatReply(ChatCommandKind.Ask, Answer: answer), "key", ephemeral: false);

        var json = ToJson(rendered.Message);
        Assert.Contains("[1]", rendered.Message.Content, StringComparison.Ordinal);
        var strings = DiscordAssert.Strings(json["embeds"]).ToList();
        Assert.Contains(strings, s => s.Contains(answer.Citations[0].Quote, StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains("Reuters", StringComparison.Ordinal) && s.Contains("language: ru", StringComparison.Ordinal));
        Assert.Contains(strings, s => s.Contains("Sergey Lavrov, Foreign Minister", StringComparison.Ordinal));
        Assert.Null(rendered.Evidence);
        Assert.Empty(rendered.Message.Components!);
        DiscordAssert.MentionSafe(json);
    }

    [Theory]
    [InlineData(VerdictKind.Supported, DiscordVerdictStyle.Green, "Supported")]
    [InlineData(VerdictKind.Refuted, DiscordVerdictStyle.Red, "Refuted")]
    [InlineData(VerdictKind.Conflicting, DiscordVerdictStyle.Orange, "disagree")]
    [InlineData(VerdictKind.NotEnoughInfo, DiscordVerdictStyle.Grey, "Not enough")]
    public void Render_FactCheck_LabelsAndColoursTheVerdict(VerdictKind verdict, int color, string label)
    {
        var check = DiscordSamples.Check(verdict);

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(new ChatReply(ChatCommandKind.Check, Check: check), "key", ephemeral: false);

        var first = rendered.Message.Embeds![0];
        Assert.Contains(label, first.Title, StringComparison.Ordinal);
        Assert.Equal(color, first.Color);
        Assert.Contains(rendered.Message.Embeds, e => e.Fields?.Any(f => f.Value.Contains("Refutes: negation", StringComparison.Ordinal)) == true);
    }

    [Fact]
    public void Render_Comparison_ShowsEachSourceAndContradictions()
    {
        var comparison = DiscordSamples.Comparison();

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(new ChatReply(ChatCommandKind.Compare, Comparison: comparison), "key", ephemeral: true);

        var embeds = rendered.Message.Embeds!;
        Assert.Equal(DiscordMessage.EphemeralFlag, rendered.Message.Flags);
        var fields = embeds.SelectMany(e => e.Fields ?? []).ToList();
        Assert.Contains(fields, f => f.Name == "The sources contradict each other" && f.Value == "• Reuters [1] ↔ Reuters [3] — negation");
        Assert.Contains(fields, f => f.Name == "The sources agree" && f.Value == "• Reuters [2] · Reuters [3] — same date");
        Assert.Contains(fields, f => f.Name == "Reuters · 2017-01-11 · ru — Talks in Astana, part 1" && f.Value.StartsWith("**[1]** Russia invited", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Name == "Reuters · 2017-01-12 · English — Talks in Astana, part 2" && f.Value.Contains("**[3]**", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ManyLongCitations_TrimsWholeItemsWithinLimitsAndAddsButton()
    {
        var answer = DiscordSamples.Answer(citations: 40, quoteLength: 700);

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(new ChatReply(ChatCommandKind.Ask, Answer: answer), "abc", ephemeral: false);

        var json = ToJson(rendered.Message);
        DiscordAssert.WithinLimits(json);
        Assert.NotNull(rendered.Evidence);
        Assert.Equal(40, rendered.Evidence!.Items.Count);
        var button = rendered.Message.Components!.Single().Components!.Single();
        Assert.Equal("Show all evidence", button.Label);
        Assert.Equal("claimbot:evidence:abc", button.CustomId);
        var shown = rendered.Message.Embeds!.SelectMany(e => e.Fields!).ToList();
        Assert.All(shown, f => Assert.EndsWith("Syria.", f.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SingleOverlongQuote_CutsAtBoundaryWithEllipsis()
    {
        var answer = DiscordSamples.Answer(citations: 1, quoteLength: 5000);

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(new ChatReply(ChatCommandKind.Ask, Answer: answer), "key", ephemeral: false);

        var value = rendered.Message.Embeds!.Single().Fields!.Single().Value;
        DiscordAssert.WithinLimits(ToJson(rendered.Message));
        Assert.EndsWith("Syria. …", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongAnswerText_FitsContentAtSentenceBoundary()
    {
        var answer = DiscordSamples.Answer(citations: 1) with { Text = string.Concat(Enumerable.Repeat("This sentence is cited [1]. ", 200)) };

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(new ChatReply(ChatCommandKind.Ask, Answer: answer), "key", ephemeral: false);

        Assert.True(rendered.Message.Content!.Length <= DiscordLimits.Content);
        Assert.EndsWith("[1]. …", rendered.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuoteWithEveryone_IsNeutralised()
    {
        var answer = DiscordSamples.Answer(citations: 1, quoteTail: " Hey @everyone and @here, look.") with { Text = "@everyone was invited [1]." };

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(new ChatReply(ChatCommandKind.Ask, Answer: answer), "key", ephemeral: false);

        DiscordAssert.MentionSafe(ToJson(rendered.Message));
        Assert.Contains("@\u200Beveryone", rendered.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErrorNotice_IsEphemeralText()
    {
        var reply = new ChatReply(ChatCommandKind.Reload, Notice: "Only ClaimBot admins can reload the sources.", IsError: true);

        var rendered = new DiscordReplyRenderer(TestLexicons.Catalog).Render(reply, "key", ephemeral: false);

        Assert.Equal(DiscordMessage.EphemeralFlag, rendered.Message.Flags);
        Assert.Equal(reply.Notice, rendered.Message.Content);
    }

    private static JsonNode ToJson(DiscordMessage message) =>
        JsonNode.Parse(JsonSerializer.Serialize(message, Wire))!;
}
