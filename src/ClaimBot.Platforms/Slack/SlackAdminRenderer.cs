using System.Globalization;
using System.Text.Json.Nodes;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;

namespace ClaimBot.Platforms.Slack;

/// <summary>Renders the sources list and reload progress and results.</summary>
internal static class SlackAdminRenderer
{
    private const int MaxNamesPerList = 15;

    public static SlackMessage Sources(IReadOnlyList<SourceSummary> sources)
    {
        if (sources.Count == 0)
        {
            return SlackReplyRenderer.Notice("No sources are loaded yet. An admin can run `/claimbot reload`.", escape: false);
        }

        var heading = $"*{sources.Count} sources, {sources.Sum(s => s.ClaimCount)} claims*";
        var lines = sources.Select(s =>
        {
            var meta = new[] { s.Outlet, s.Date, s.Language }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => SlackMrkdwn.Escape(p));
            return $"• *{SlackMrkdwn.Escape(s.Title ?? s.File)}* (`{SlackMrkdwn.Escape(s.File)}`) · {string.Join(" · ", meta)} · {s.ClaimCount} claims";
        });
        return Packed(heading, lines, $"{sources.Count} sources");
    }

    public static SlackMessage Reload(ReloadResult result)
    {
        var duration = result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var heading = result.Succeeded
            ? $":white_check_mark: *Reload finished* · generation {result.Generation?.ToString(CultureInfo.InvariantCulture) ?? "none"} · {duration} s"
            : $":x: *Reload failed*: {SlackMrkdwn.Escape(result.Error ?? "unknown error")} · generation {result.Generation?.ToString(CultureInfo.InvariantCulture) ?? "none"} still serving";
        var lines = new List<string>
        {
            $"Added {result.Added.Count}, changed {result.Changed.Count}, removed {result.Removed.Count}, unchanged {result.Unchanged.Count}, skipped {result.Skipped.Count}",
            $"Claims: {result.ClaimsBefore} → {result.ClaimsAfter}",
        };
        AddNames(lines, "Added", result.Added);
        AddNames(lines, "Changed", result.Changed);
        AddNames(lines, "Removed", result.Removed);
        lines.AddRange(result.Skipped.Take(MaxNamesPerList).Select(s => $"• Skipped `{SlackMrkdwn.Escape(s.File)}`: {SlackMrkdwn.Escape(s.Reason)}"));
        if (result.Skipped.Count > MaxNamesPerList)
        {
            lines.Add($"• …and {result.Skipped.Count - MaxNamesPerList} more skipped");
        }

        var fallback = result.Succeeded ? $"Reload finished: generation {result.Generation}" : "Reload failed";
        return Packed(heading, lines, fallback);
    }

    public static SlackMessage Progress(ReloadProgress progress)
    {
        var text = $":hourglass_flowing_sand: Reloading sources: {progress.Done} of {progress.Total} done";
        if (!string.IsNullOrWhiteSpace(progress.CurrentFile))
        {
            text += $" (now `{SlackMrkdwn.Escape(progress.CurrentFile)}`)";
        }

        return SlackReplyRenderer.Notice(text, escape: false);
    }

    private static void AddNames(List<string> lines, string label, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        var shown = string.Join(", ", names.Take(MaxNamesPerList).Select(n => $"`{SlackMrkdwn.Escape(n)}`"));
        var more = names.Count > MaxNamesPerList ? $" and {names.Count - MaxNamesPerList} more" : string.Empty;
        lines.Add($"• {label}: {shown}{more}");
    }

    private static SlackMessage Packed(string heading, IEnumerable<string> lines, string fallback)
    {
        var blocks = new JsonArray { SlackBlocks.Section(heading) };
        var current = string.Empty;
        foreach (var line in lines.Select(l => SlackMrkdwn.Truncate(l, 1000)))
        {
            if (current.Length + line.Length + 1 > SlackBlocks.MaxSectionText)
            {
                if (blocks.Count >= SlackBlocks.MaxBlocks - 1)
                {
                    current = string.Empty;
                    break;
                }

                blocks.Add(SlackBlocks.Section(current));
                current = string.Empty;
            }

            current = current.Length == 0 ? line : current + "\n" + line;
        }

        if (current.Length > 0)
        {
            blocks.Add(SlackBlocks.Section(current));
        }

        return new SlackMessage(SlackBlocks.Fallback(SlackMrkdwn.Escape(fallback)), blocks);
    }
}
