using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Core.Answering;

namespace ClaimBot.Platforms.Slack;

/// <summary>Renders a comparison: the summary, a section per source with its numbered claims, then agreements and contradictions.</summary>
internal sealed class SlackComparisonRenderer(int maxClaims)
{
    private const int MaxListed = 10;

    public SlackRenderedReply Render(Comparison comparison, string evidenceKey)
    {
        var text = SlackMrkdwn.Escape(comparison.Text);
        var blocks = new JsonArray();
        SlackBlocks.AddSections(blocks, text, 5);
        var numbers = comparison.Sources.SelectMany(s => s.Claims).GroupBy(c => c.ClaimId).ToDictionary(g => g.Key, g => g.First().N);
        var total = comparison.Sources.Sum(s => s.Claims.Count);

        // Agreements, contradictions, a trim note and the button need up to four blocks after the sources.
        var room = SlackBlocks.MaxBlocks - blocks.Count - 5;
        var shown = 0;
        foreach (var source in comparison.Sources.Where(s => s.Claims.Count > 0))
        {
            if (room <= 0 || shown >= maxClaims)
            {
                break;
            }

            var section = new StringBuilder(SourceHeading(source));
            foreach (var claim in source.Claims)
            {
                var line = "\n" + SlackEvidenceFormat.QuoteLine(new SlackEvidenceItem(
                    claim.N, claim.Text, SlackEvidenceFormat.SpeakerText(claim.Speaker), null, null, null, null));
                if (shown >= maxClaims || section.Length + line.Length > SlackBlocks.MaxSectionText)
                {
                    break;
                }

                section.Append(line);
                shown++;
            }

            blocks.Add(SlackBlocks.Section(section.ToString()));
            room--;
        }

        AddRelations(blocks, "*Where they agree*", comparison.Agreements.Select(a => $"{Refs(a.ClaimIds, numbers, " ")}: {SlackMrkdwn.Escape(a.Why)}"));
        AddRelations(blocks, "*Where they contradict each other*", comparison.Contradictions.Select(c => $"{Refs([c.A], numbers, "")} vs {Refs([c.B], numbers, "")}: {SlackMrkdwn.Escape(c.Why)}"));

        var trimmed = shown < total;
        if (trimmed)
        {
            blocks.Add(SlackBlocks.Context($"Showing {shown} of {total} claims."));
            blocks.Add(SlackBlocks.ShowAllEvidenceButton(evidenceKey, total));
        }

        var message = new SlackMessage(SlackBlocks.Fallback(text), blocks);
        return new SlackRenderedReply(message, trimmed ? SlackEvidenceFormat.FromComparison(comparison) : null);
    }

    private static string SourceHeading(SourceClaims source)
    {
        var item = new SlackEvidenceItem(0, string.Empty, null, source.Source.Title ?? source.Source.File, source.Source.Outlet, source.Source.Date, source.Source.Language);
        return ":newspaper: " + SlackEvidenceFormat.SourceLine(item);
    }

    private static void AddRelations(JsonArray blocks, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var body = string.Join("\n", list.Take(MaxListed).Select(l => "• " + l));
        var more = list.Count > MaxListed ? $"\n…and {list.Count - MaxListed} more" : string.Empty;
        var cut = SlackMrkdwn.Truncate(body, SlackBlocks.MaxSectionText - heading.Length - more.Length - 1);
        blocks.Add(SlackBlocks.Section($"{heading}\n{cut}{more}"));
    }

    private static string Refs(IEnumerable<string> claimIds, Dictionary<string, int> numbers, string separator) =>
        string.Join(separator, claimIds.Select(id => numbers.TryGetValue(id, out var n) ? $"[{n}]" : "[?]"));
}
