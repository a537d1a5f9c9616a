using System.Text;
using System.Text.RegularExpressions;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Slack mrkdwn helpers. Escapes exactly <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>, which makes injected mentions and
/// links inert, and breaks bare "@here", "@channel" and "@everyone" with a zero-width space.
/// </summary>
public static partial class SlackMrkdwn
{
    /// <summary>
    /// Escapes untrusted text for mrkdwn. Text objects default to <c>verbatim: false</c>, under which Slack may
    /// auto-parse bare special mentions, so those are broken too (the zero-width space is invisible).
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        var escaped = builder.ToString();
        return escaped.Contains('@', StringComparison.Ordinal) ? SpecialMention().Replace(escaped, "@\u200B$1") : escaped;
    }

    /// <summary>Cuts already-escaped text to at most <paramref name="max"/> characters without splitting an entity, adding an ellipsis.</summary>
    public static string Truncate(string escaped, int max)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        return escaped.Length <= max ? escaped : escaped[..SafeCut(escaped, max - 1)] + "…";
    }

    /// <summary>Splits already-escaped text into chunks of at most <paramref name="max"/> characters, at line or word breaks where possible.</summary>
    public static IReadOnlyList<string> Split(string escaped, int max)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        var chunks = new List<string>();
        var rest = escaped;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut < max / 2)
            {
                cut = rest.LastIndexOf(' ', max - 1);
            }

            if (cut < max / 2)
            {
                cut = SafeCut(rest, max);
                chunks.Add(rest[..cut]);
                rest = rest[cut..];
                continue;
            }

            chunks.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }

        if (rest.Length > 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    // An entity is at most five characters ("&amp;"); never cut inside one.
    private static int SafeCut(string escaped, int limit)
    {
        if (limit <= 0)
        {
            return 0;
        }

        var from = Math.Max(0, limit - 4);
        var amp = escaped.LastIndexOf('&', limit - 1, limit - from);
        return amp >= 0 && escaped.IndexOf(';', amp) >= limit ? amp : limit;
    }

    [GeneratedRegex("@(here|channel|everyone)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialMention();
}
