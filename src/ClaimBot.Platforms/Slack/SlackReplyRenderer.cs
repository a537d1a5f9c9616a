using System.Text.Json.Nodes;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Extraction;
using ClaimBot.Platforms.Chat;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Renders chat replies as Block Kit with an escaped mrkdwn fallback <c>text</c>. Evidence beyond
/// <see cref="SlackOptions.MaxEvidenceItems"/> or the 50-block limit is trimmed whole and offered behind a "Show all evidence" button.
/// Comparisons are a compact table whose fixed words come from <paramref name="lexicons"/> in the comparison's language.
/// </summary>
public sealed class SlackReplyRenderer(IOptions<SlackOptions> options, LexiconCatalog lexicons)
{
    /// <summary>Help with Slack's own syntax.</summary>
    public const string HelpText =
        "*ClaimBot* answers from its source documents and cites them.\n" +
        "• `/ask <question>`: a short answer with numbered citations.\n" +
        "• `/factcheck <statement>`: supported, refuted, not enough info, or sources disagree, with the evidence.\n" +
        "• `/compare <topic>`: what each source says, where they agree and where they contradict.\n" +
        "• `/claimbot sources`: the documents ClaimBot answers from. `/claimbot reload`: re-read them (admins only).\n" +
        "• Mention @ClaimBot with a question to get an answer in the thread, or use the *Fact-check this message* shortcut on any message.";

    private const int MaxTextSections = 10;

    /// <param name="evidenceKey">Reply-state key the "Show all evidence" button carries if evidence is trimmed.</param>
    public SlackRenderedReply Render(ChatReply reply, string evidenceKey)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply switch
        {
            { Answer: { } answer } => RenderAnswer(answer, evidenceKey),
            { Check: { } check } => RenderCheck(check, evidenceKey),
            { Comparison: { } comparison } => new SlackComparisonRenderer(options.Value.MaxEvidenceItems * 2, new ComparisonWords(lexicons, comparison.Language))
                .Render(comparison, evidenceKey),
            { Sources: { } sources } => new SlackRenderedReply(SlackAdminRenderer.Sources(sources)),
            { Reload: { } reload } => new SlackRenderedReply(SlackAdminRenderer.Reload(reload)),
            { Kind: ChatCommandKind.Help } => new SlackRenderedReply(Notice(HelpText, escape: false)),
            _ => new SlackRenderedReply(Notice(reply.Notice ?? "ClaimBot has nothing to say to that.")),
        };
    }

    /// <summary>A one-section message; user or source text is escaped unless <paramref name="escape"/> is false (our own mrkdwn).</summary>
    public static SlackMessage Notice(string text, bool escape = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mrkdwn = escape ? SlackMrkdwn.Escape(text) : text;
        var blocks = new JsonArray();
        SlackBlocks.AddSections(blocks, mrkdwn, MaxTextSections);
        return new SlackMessage(SlackBlocks.Fallback(mrkdwn), blocks);
    }

    /// <summary>Every evidence item, packed into sections within Slack's limits (the "Show all evidence" reply).</summary>
    public static SlackMessage RenderAllEvidence(IReadOnlyList<SlackEvidenceItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var title = $"*All evidence ({items.Count})*";
        var blocks = new JsonArray { SlackBlocks.Section(title) };
        var current = new List<string>();
        var length = 0;
        var shown = 0;
        foreach (var lines in items.Select(SlackEvidenceFormat.Lines))
        {
            if (length + lines.Length + 2 > SlackBlocks.MaxSectionText && current.Count > 0)
            {
                // Keep room for this last section and the "more items" note.
                if (blocks.Count >= SlackBlocks.MaxBlocks - 2)
                {
                    break;
                }

                blocks.Add(SlackBlocks.Section(string.Join("\n\n", current)));
                current.Clear();
                length = 0;
            }

            current.Add(lines);
            length += lines.Length + 2;
            shown++;
        }

        if (current.Count > 0)
        {
            blocks.Add(SlackBlocks.Section(string.Join("\n\n", current)));
        }

        if (shown < items.Count)
        {
            blocks.Add(SlackBlocks.Context($"{items.Count - shown} more items did not fit in one Slack message."));
        }

        return new SlackMessage(SlackBlocks.Fallback($"All evidence ({items.Count})"), blocks);
    }

    private SlackRenderedReply RenderAnswer(Answer answer, string evidenceKey)
    {
        var text = SlackMrkdwn.Escape(answer.Text);
        var blocks = new JsonArray();
        SlackBlocks.AddSections(blocks, text, MaxTextSections);
        var items = answer.Answered ? answer.Citations.Select(SlackEvidenceFormat.FromCitation).ToList() : [];
        var trimmed = AddEvidence(blocks, items, evidenceKey);
        return new SlackRenderedReply(new SlackMessage(SlackBlocks.Fallback(text), blocks), trimmed ? items : null);
    }

    private SlackRenderedReply RenderCheck(FactCheck check, string evidenceKey)
    {
        var label = VerdictLabel(check.Verdict);
        var text = SlackMrkdwn.Escape(check.Text);
        var blocks = new JsonArray();
        SlackBlocks.AddSections(blocks, $"*{label}*\n{text}", MaxTextSections);
        blocks.Add(SlackBlocks.Context(
            "Statement: _" + SlackMrkdwn.Truncate(SlackMrkdwn.Escape(check.Statement), 1000) + "_",
            string.IsNullOrWhiteSpace(check.Reason) ? string.Empty : "Reason: " + SlackMrkdwn.Escape(check.Reason)));
        var items = check.Evidence.Select(SlackEvidenceFormat.FromEvidence).ToList();
        var trimmed = AddEvidence(blocks, items, evidenceKey);
        return new SlackRenderedReply(new SlackMessage(SlackBlocks.Fallback($"{label}: {text}"), blocks), trimmed ? items : null);
    }

    /// <summary>Adds a context block per item while within limits; returns true when items were trimmed (a button was added).</summary>
    private bool AddEvidence(JsonArray blocks, IReadOnlyList<SlackEvidenceItem> items, string evidenceKey)
    {
        if (items.Count == 0)
        {
            return false;
        }

        blocks.Add(SlackBlocks.Divider());
        var room = SlackBlocks.MaxBlocks - blocks.Count - 2;
        var shown = Math.Min(items.Count, Math.Min(options.Value.MaxEvidenceItems, room));
        foreach (var item in items.Take(shown))
        {
            blocks.Add(SlackEvidenceFormat.ContextBlock(item));
        }

        if (shown == items.Count)
        {
            return false;
        }

        blocks.Add(SlackBlocks.Context($"Showing {shown} of {items.Count} pieces of evidence."));
        blocks.Add(SlackBlocks.ShowAllEvidenceButton(evidenceKey, items.Count));
        return true;
    }

    /// <summary>The verdict label with its emoji, as shown in fact-check replies.</summary>
    public static string VerdictLabel(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Supported => ":white_check_mark: Supported",
        VerdictKind.Refuted => ":x: Refuted",
        VerdictKind.Conflicting => ":warning: Sources disagree",
        _ => ":grey_question: Not enough information",
    };
}
