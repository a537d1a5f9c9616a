using System.Globalization;
using ClaimBot.Core.Reloading;

namespace ClaimBot.Platforms.Discord;

/// <summary>The /reload result and progress messages.</summary>
internal static class DiscordReloadView
{
    public static DiscordMessage Render(ReloadResult result)
    {
        var fields = new List<DiscordEmbedField>
        {
            new("Generation", result.Generation?.ToString(CultureInfo.InvariantCulture) ?? "none", true),
            new("Claims", $"{result.ClaimsBefore} → {result.ClaimsAfter}", true),
            new("Duration", $"{result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s", true),
            Names("Added", result.Added),
            Names("Changed", result.Changed),
            Names("Removed", result.Removed),
            new("Unchanged", result.Unchanged.Count.ToString(CultureInfo.InvariantCulture), true),
        };
        if (result.Skipped.Count > 0)
        {
            var lines = result.Skipped.Select(s => $"{s.File}: {s.Reason}");
            fields.Add(new DiscordEmbedField($"Skipped ({result.Skipped.Count})", DiscordText.Fit(DiscordText.Neutralise(string.Join("\n", lines)), DiscordLimits.FieldValue)));
        }

        var title = result.Succeeded ? "Reload finished" : "Reload failed: the previous sources are still serving";
        var description = result.Error is null ? null : DiscordText.Fit(DiscordText.Neutralise(result.Error), 1000);
        var embed = new DiscordEmbed(title, description, result.Succeeded ? DiscordVerdictStyle.Green : DiscordVerdictStyle.Red, fields);
        return new DiscordMessage(result.Succeeded ? "Sources reloaded." : "The reload failed.", [embed], []);
    }

    public static DiscordMessage Progress(ReloadProgress progress)
    {
        var file = progress.CurrentFile is null ? string.Empty : $" ({progress.CurrentFile})";
        return DiscordMessage.Text($"Reloading sources… {progress.Done}/{progress.Total}{file}", ephemeral: false) with { Embeds = null, Components = null };
    }

    private static DiscordEmbedField Names(string label, IReadOnlyList<string> names) =>
        new(
            $"{label} ({names.Count})",
            names.Count == 0 ? "-" : DiscordText.Fit(DiscordText.Neutralise(string.Join(", ", names)), DiscordLimits.FieldValue));
}
