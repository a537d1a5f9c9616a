using System.Text.Json.Nodes;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;

namespace ClaimBot.Platforms.Slack;

/// <summary>Turns citations, fact-check evidence and compared claims into <see cref="SlackEvidenceItem"/>s and their mrkdwn.</summary>
internal static class SlackEvidenceFormat
{
    public static SlackEvidenceItem FromCitation(Citation c) =>
        new(c.N, c.Quote, SpeakerText(c.Speaker), c.Source.Title ?? c.Source.File, c.Source.Outlet, c.Source.Date, c.Source.Language);

    public static SlackEvidenceItem FromEvidence(Evidence e) =>
        new(
            e.N,
            e.Quote,
            SpeakerText(e.Speaker),
            e.Source.Title ?? e.Source.File,
            e.Source.Outlet,
            e.Source.Date,
            e.Source.Language,
            string.IsNullOrWhiteSpace(e.Why) ? e.Stance.ToString() : $"{e.Stance}: {e.Why}");

    public static IReadOnlyList<SlackEvidenceItem> FromComparison(Comparison comparison) =>
        comparison.Sources
            .SelectMany(s => s.Claims.Select(c => new SlackEvidenceItem(
                c.N, c.Text, SpeakerText(c.Speaker), s.Source.Title ?? s.Source.File, s.Source.Outlet, s.Source.Date, s.Source.Language)))
            .ToList();

    /// <summary>A context block: the quote with its speaker, then the source (title, outlet, date, language) and any note.</summary>
    public static JsonObject ContextBlock(SlackEvidenceItem item) =>
        SlackBlocks.Context(QuoteLine(item), SourceLine(item));

    /// <summary>Both lines of an item for a section listing.</summary>
    public static string Lines(SlackEvidenceItem item)
    {
        var source = SourceLine(item);
        return source.Length == 0 ? QuoteLine(item) : QuoteLine(item) + "\n" + source;
    }

    public static string QuoteLine(SlackEvidenceItem item)
    {
        var quote = SlackMrkdwn.Truncate(SlackMrkdwn.Escape(item.Quote), 1500);
        var speaker = string.IsNullOrWhiteSpace(item.Speaker) ? string.Empty : " — " + SlackMrkdwn.Escape(item.Speaker);
        return $"*[{item.N}]* “{quote}”{speaker}";
    }

    public static string SourceLine(SlackEvidenceItem item)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(item.Title))
        {
            parts.Add("_" + SlackMrkdwn.Escape(item.Title) + "_");
        }

        parts.AddRange(new[] { item.Outlet, item.Date }
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => SlackMrkdwn.Escape(p)));
        if (!string.IsNullOrWhiteSpace(item.Language) && item.Language != "und")
        {
            parts.Add("source language: " + SlackMrkdwn.Escape(item.Language));
        }

        if (!string.IsNullOrWhiteSpace(item.Note))
        {
            parts.Add(SlackMrkdwn.Escape(item.Note));
        }

        return string.Join(" · ", parts);
    }

    public static string? SpeakerText(Speaker? speaker) =>
        speaker is null ? null : string.IsNullOrWhiteSpace(speaker.Role) ? speaker.Name : $"{speaker.Name} ({speaker.Role})";
}
