using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Core.Answering;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Renders a comparison as a compact table in Block Kit: a header line (topic and summary), a section per source
/// ("*Outlet · date · language*" over its numbered claims, each cut to fit), the agreement and contradiction groups
/// citing every source with the reason, a context line for unique points, and "Show all evidence" when claims were
/// left out or shortened. Fixed words come from the comparison language's lexicon.
/// </summary>
internal sealed class SlackComparisonRenderer(int maxClaims, ComparisonWords words)
{
    private const int TopicChars = 200;
    private const int SummaryChars = 1200;
    private const int HeadingChars = 200;
    private const int TitleChars = 150;
    private const int SpeakerChars = 100;
    private const int ClaimChars = 280;
    private const int GroupLineChars = 1000;

    // Besides the sources: the header, agreements, contradictions, unique points, the trim note and the button.
    private const int FixedBlocks = 6;

    public SlackRenderedReply Render(Comparison comparison, string evidenceKey)
    {
        var table = ComparisonTable.From(comparison);
        var blocks = new JsonArray { SlackBlocks.Section(Header(comparison)) };
        var rows = Math.Min(table.Rows.Count, SlackBlocks.MaxBlocks - FixedBlocks);

        // Every source shown gets at least one claim, even past the configured claim budget.
        var quotas = table.Quotas(rows, Math.Max(maxClaims, rows));
        var shown = 0;
        var cut = false;
        for (var i = 0; i < quotas.Length; i++)
        {
            blocks.Add(SlackBlocks.Section(SourceSection(table.Rows[i], quotas[i], ref shown, ref cut)));
        }

        AddGroups(blocks, words.Agree, table.AgreementLines());
        AddGroups(blocks, words.Contradict, table.ContradictionLines());
        var unique = table.UniqueLines(words);
        if (unique.Count > 0)
        {
            blocks.Add(SlackBlocks.Context(SlackMrkdwn.Escape(string.Join(" · ", unique))));
        }

        if (shown < table.TotalClaims)
        {
            blocks.Add(SlackBlocks.Context(SlackMrkdwn.Escape(words.Showing(shown, table.TotalClaims))));
        }

        var trimmed = shown < table.TotalClaims || cut;
        if (trimmed)
        {
            blocks.Add(SlackBlocks.ShowAllEvidenceButton(evidenceKey, table.TotalClaims));
        }

        var message = new SlackMessage(SlackBlocks.Fallback(SlackMrkdwn.Escape(comparison.Text)), blocks);
        return new SlackRenderedReply(message, trimmed ? SlackEvidenceFormat.FromComparison(comparison) : null);
    }

    private static string Header(Comparison comparison)
    {
        var topic = SlackMrkdwn.Escape(ChatText.Fit(comparison.Topic.ReplaceLineEndings(" "), TopicChars));
        var summary = SlackMrkdwn.Escape(ChatText.Fit(comparison.Text, SummaryChars));
        var line = topic.Length == 0 ? string.Empty : $":mag: *{topic}*";
        return string.Join("\n", new[] { line, summary }.Where(p => p.Length > 0));
    }

    private string SourceSection(ComparisonRow row, int quota, ref int shown, ref bool cut)
    {
        var section = new StringBuilder("*").Append(SlackMrkdwn.Escape(ChatText.Fit(row.Heading(words), HeadingChars))).Append('*');
        if (row.Title is { } title)
        {
            section.Append(" _").Append(SlackMrkdwn.Escape(ChatText.Fit(title.ReplaceLineEndings(" "), TitleChars))).Append('_');
        }

        foreach (var claim in row.Pick(quota))
        {
            var whole = claim.Text.ReplaceLineEndings(" ").Trim();
            var fitted = ChatText.Fit(whole, ClaimChars);
            var speaker = SlackEvidenceFormat.SpeakerText(claim.Speaker);
            var line = $"\n*[{claim.N}]* “{SlackMrkdwn.Escape(fitted)}”"
                + (speaker is null ? string.Empty : " — " + SlackMrkdwn.Escape(ChatText.Fit(speaker, SpeakerChars)));
            if (section.Length + line.Length > SlackBlocks.MaxSectionText)
            {
                break;
            }

            section.Append(line);
            shown++;
            cut |= fitted.Length != whole.Length;
        }

        return section.ToString();
    }

    private static void AddGroups(JsonArray blocks, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var title = "*" + SlackMrkdwn.Escape(heading) + "*";
        var rendered = lines.Select(l => "• " + SlackMrkdwn.Truncate(SlackMrkdwn.Escape(l), GroupLineChars)).ToList();
        blocks.Add(SlackBlocks.Section(title + "\n" + LinePacker.Pack(rendered, SlackBlocks.MaxSectionText - title.Length - 1)));
    }
}
