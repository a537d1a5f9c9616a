using System.Text;
using ClaimBot.Core.Documents;

namespace ClaimBot.Platforms.Discord;

/// <summary>The /sources reply: one line per source document, as many as fit.</summary>
internal static class DiscordSourcesView
{
    public static DiscordMessage Render(IReadOnlyList<SourceSummary> sources)
    {
        if (sources.Count == 0)
        {
            return DiscordMessage.Text("No sources are loaded yet.", ephemeral: false);
        }

        var text = new StringBuilder();
        var shown = 0;
        foreach (var source in sources)
        {
            var title = string.IsNullOrWhiteSpace(source.Title) ? source.File : source.Title;
            var details = string.Join(", ", new[] { source.Outlet, source.Date, source.Language }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var line = DiscordText.Neutralise($"• **{DiscordText.Fit(title, 150)}** ({details}) · {source.ClaimCount} claims\n");
            if (text.Length + line.Length > DiscordLimits.EmbedDescription - 40)
            {
                break;
            }

            text.Append(line);
            shown++;
        }

        if (shown < sources.Count)
        {
            text.Append("…and ").Append(sources.Count - shown).Append(" more");
        }

        var embed = new DiscordEmbed($"Sources ({sources.Count})", text.ToString().TrimEnd());
        return new DiscordMessage($"ClaimBot answers from {sources.Count} source documents.", [embed], []);
    }
}
