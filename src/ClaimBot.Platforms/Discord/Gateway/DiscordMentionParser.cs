using System.Text.RegularExpressions;
using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// Reads a message that mentions the bot: "@ClaimBot who was invited to Astana?" asks; "@ClaimBot check &lt;statement&gt;"
/// fact-checks the statement; on a reply, "@ClaimBot fact-check this" (or the bare mention) fact-checks the message
/// replied to; "@ClaimBot compare &lt;topic&gt;" compares.
/// </summary>
public static partial class DiscordMentionParser
{
    private static readonly string[] CheckWords = ["check", "factcheck", "verify"];
    private static readonly string[] ThisWords = ["", "this", "that", "it", "this message", "that message", "this please", "is this true", "is that true", "true"];

    /// <summary>The request, or null when <paramref name="content"/> does not mention <paramref name="botUserId"/>.</summary>
    public static DiscordMentionRequest? Parse(string content, string botUserId, bool isReply)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(botUserId);
        var mention = $"<@{botUserId}>";
        var nickMention = $"<@!{botUserId}>";
        if (!content.Contains(mention, StringComparison.Ordinal) && !content.Contains(nickMention, StringComparison.Ordinal))
        {
            // A reply to the bot's own answer also lists it in `mentions` (the reply ping); only an explicit mention asks.
            return null;
        }

        var text = Whitespace().Replace(content.Replace(mention, " ", StringComparison.Ordinal).Replace(nickMention, " ", StringComparison.Ordinal), " ")
            .Trim().TrimStart(',', ':', ';').Trim();
        // "who was invited, @ClaimBot?" leaves "who was invited, ?": close the gap and drop the orphaned comma.
        text = OrphanSeparator().Replace(SpaceBeforeMark().Replace(text, "$1"), "$1");
        text = FactCheck().Replace(text, "factcheck", 1);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = (space < 0 ? text : text[..space]).TrimEnd(':', ',');
        var rest = space < 0 ? string.Empty : text[(space + 1)..].Trim();

        if (CheckWords.Contains(first, StringComparer.OrdinalIgnoreCase))
        {
            return IsThis(rest) ? (isReply ? Referenced() : Help()) : new DiscordMentionRequest(ChatCommandKind.Check, rest);
        }

        if (string.Equals(first, "compare", StringComparison.OrdinalIgnoreCase))
        {
            return rest.Length == 0 ? Help() : new DiscordMentionRequest(ChatCommandKind.Compare, rest);
        }

        if (isReply && IsThis(text))
        {
            return Referenced();
        }

        return text.Length == 0 || string.Equals(text, "help", StringComparison.OrdinalIgnoreCase)
            ? Help()
            : new DiscordMentionRequest(ChatCommandKind.Ask, text);
    }

    private static bool IsThis(string text) => ThisWords.Contains(text.TrimEnd('?', '!', '.', ' '), StringComparer.OrdinalIgnoreCase);

    private static DiscordMentionRequest Referenced() => new(ChatCommandKind.Check, string.Empty, ChecksReferencedMessage: true);

    private static DiscordMentionRequest Help() => new(ChatCommandKind.Help, string.Empty);

    // "fact-check", "fact check", "Fact-Check:" all start a fact-check.
    [GeneratedRegex(@"^fact[\s-]*check(?=\W|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FactCheck();

    [GeneratedRegex(@"\s+([?!.,;:])")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex(@"[,;:]+([?!.])")]
    private static partial Regex OrphanSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
