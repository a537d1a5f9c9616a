using System.Text.RegularExpressions;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord;

/// <summary>Text helpers for Discord: mention neutralising and boundary-aware shortening.</summary>
public static partial class DiscordText
{
    private const string ZeroWidthSpace = "\u200B";

    /// <summary>
    /// Breaks "@everyone", "@here" and user or role mentions ("&lt;@123&gt;", "&lt;@!123&gt;", "&lt;@&amp;123&gt;") with a
    /// zero-width space. allowed_mentions already prevents pings; this is defence in depth for text that is copied
    /// elsewhere or a response that forgets the field, and it keeps quoted sources from showing mention chips.
    /// </summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        var broken = MassMention().Replace(text, "@" + ZeroWidthSpace + "$1");
        return UserOrRoleMention().Replace(broken, "<" + ZeroWidthSpace + "$1");
    }

    /// <inheritdoc cref="ChatText.Fit"/>
    public static string Fit(string text, int max) => ChatText.Fit(text, max);

    [GeneratedRegex("@(everyone|here)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MassMention();

    [GeneratedRegex(@"<(@[!&]?\d+>)", RegexOptions.CultureInvariant)]
    private static partial Regex UserOrRoleMention();
}
