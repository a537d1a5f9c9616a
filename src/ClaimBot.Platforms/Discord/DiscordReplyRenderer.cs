using ClaimBot.Core.Answering;
using ClaimBot.Core.Extraction;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Turns a platform-neutral <see cref="ChatReply"/> into a Discord message: the reply text with [N] markers as content,
/// cited quotes in embeds, verdict colours, within Discord's limits, and never able to ping anyone. Comparisons are a
/// table (a field per source, then the groups) whose fixed words come from <paramref name="lexicons"/>.
/// </summary>
public sealed class DiscordReplyRenderer(LexiconCatalog lexicons)
{
    public const string ShowEvidenceLabel = "Show all evidence";
    public const string EvidenceIdPrefix = "claimbot:evidence:";
    private const string ComparisonEvidenceTitle = "What each source says";

    /// <summary>Renders <paramref name="reply"/>; <paramref name="evidenceKey"/> names the stored state if a button is needed.</summary>
    public DiscordRenderedReply Render(ChatReply reply, string evidenceKey, bool ephemeral)
    {
        if (reply.Answer is { } answer)
        {
            var items = answer.Citations.OrderBy(c => c.N).Select(c => Item(c.N, c.Source, c.Quote, c.Speaker?.Name, c.Speaker?.Role, null)).ToList();
            return WithEvidence(answer.Text, [], items, null, "Cited sources", evidenceKey, ephemeral);
        }

        if (reply.Check is { } check)
        {
            var color = DiscordVerdictStyle.Color(check.Verdict);
            var verdict = new DiscordEmbed(DiscordVerdictStyle.Label(check.Verdict), DiscordText.Fit(DiscordText.Neutralise(check.Reason), 1000), color);
            var items = check.Evidence.OrderBy(e => e.N)
                .Select(e => Item(e.N, e.Source, e.Quote, e.Speaker?.Name, e.Speaker?.Role, $"{(e.Stance == Stance.Supports ? "Supports" : "Refutes")}: {e.Why}"))
                .ToList();
            return WithEvidence(check.Text, [verdict], items, color, "Evidence: " + DiscordVerdictStyle.Label(check.Verdict), evidenceKey, ephemeral);
        }

        if (reply.Comparison is { } comparison)
        {
            return RenderComparison(comparison, evidenceKey, ephemeral);
        }

        if (reply.Sources is { } sources)
        {
            return new DiscordRenderedReply(DiscordSourcesView.Render(sources).WithEphemeral(ephemeral), null);
        }

        if (reply.Reload is { } reload)
        {
            return new DiscordRenderedReply(DiscordReloadView.Render(reload).WithEphemeral(ephemeral), null);
        }

        var notice = reply.Kind == ChatCommandKind.Help
            ? "Commands: /ask, /factcheck, /compare, /sources, /reload (admins), and Apps → Fact-check this message.\n" + ChatCommandRunner.HelpText
            : reply.Notice ?? "Nothing to show.";
        return new DiscordRenderedReply(DiscordMessage.Text(notice, ephemeral || reply.IsError), null);
    }

    /// <summary>The custom_id of the button for <paramref name="key"/> (at most 100 characters).</summary>
    public static string EvidenceCustomId(string key) => EvidenceIdPrefix + key;

    private static DiscordRenderedReply WithEvidence(
        string text, List<DiscordEmbed> embeds, List<DiscordEvidenceItem> items, int? color, string title, string key, bool ephemeral)
    {
        var budget = DiscordLimits.EmbedTotal - embeds.Sum(EmbedLength);
        var placed = DiscordEvidenceLayout.Place(items, embeds, color, ref budget);
        var state = placed < items.Count ? new DiscordEvidenceState(title, color, items) : null;
        return Compose(text, embeds, state, key, ephemeral);
    }

    // The source table first, then the groups; the embed budget left after the groups goes to the sources.
    private DiscordRenderedReply RenderComparison(Comparison comparison, string key, bool ephemeral)
    {
        var words = new ComparisonWords(lexicons, comparison.Language);
        var table = ComparisonTable.From(comparison);
        var summary = DiscordComparisonSummary.Build(table, words);
        var budget = DiscordLimits.EmbedTotal - (summary is null ? 0 : EmbedLength(summary));
        var (sources, shown, cut) = DiscordComparisonSources.Build(comparison.Topic, table, words, budget);
        var embeds = new[] { sources, summary }.OfType<DiscordEmbed>().ToList();
        var items = comparison.Sources
            .SelectMany(s => s.Claims.Select(c => Item(c.N, s.Source, c.Text, c.Speaker?.Name, c.Speaker?.Role, null)))
            .OrderBy(i => i.N)
            .ToList();
        var state = shown < table.TotalClaims || cut ? new DiscordEvidenceState(ComparisonEvidenceTitle, null, items) : null;
        return Compose(comparison.Text, embeds, state, key, ephemeral);
    }

    private static DiscordRenderedReply Compose(string text, List<DiscordEmbed> embeds, DiscordEvidenceState? state, string key, bool ephemeral)
    {
        var content = DiscordText.Fit(DiscordText.Neutralise(text), DiscordLimits.Content);
        IReadOnlyList<DiscordComponent> components = state is null ? [] : [DiscordComponent.ButtonRow(ShowEvidenceLabel, EvidenceCustomId(key))];
        var message = new DiscordMessage(content, embeds, components).WithEphemeral(ephemeral);
        return new DiscordRenderedReply(message, state);
    }

    private static DiscordEvidenceItem Item(int n, SourceRef source, string quote, string? speaker, string? role, string? note)
    {
        var who = speaker is null ? null : role is null ? speaker : $"{speaker}, {role}";
        var detail = string.Join(" · ", new[] { source.Outlet, source.Date, "language: " + source.Language }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new DiscordEvidenceItem(n, string.IsNullOrWhiteSpace(source.Title) ? source.File : source.Title, detail, quote, who, note);
    }

    internal static int EmbedLength(DiscordEmbed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
