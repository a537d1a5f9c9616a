using ClaimBot.Platforms.Chat;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// The length limits of Discord text before it reaches the engine, and what the user is told: an option's registered
/// <c>max_length</c> (<see cref="DiscordCommandCatalog.MaxInput"/>) for /ask, /factcheck, /compare and for the question,
/// statement or topic of a Gateway mention; a whole message (<see cref="DiscordLimits.ReceivedContent"/>) for "Fact-check
/// this message" and for the message a mention replies to. One place for the HTTP interactions and the Gateway.
/// </summary>
internal static class DiscordInputLimits
{
    /// <summary>The slash-command option that carries a kind's text ("question", "statement", "topic"), or null.</summary>
    public static string? OptionName(ChatCommandKind kind) => kind switch
    {
        ChatCommandKind.Ask => "question",
        ChatCommandKind.Check => "statement",
        ChatCommandKind.Compare => "topic",
        _ => null,
    };

    /// <summary>Null when <paramref name="text"/> fits <paramref name="option"/>; otherwise the short explanation (logged with <paramref name="id"/>).</summary>
    public static string? CheckOption(ILogger logger, string id, string option, string text)
    {
        if (text.Length <= DiscordCommandCatalog.MaxInput)
        {
            return null;
        }

        DiscordLog.InputTooLong(logger, id, option, text.Length, DiscordCommandCatalog.MaxInput);
        return $"The {option} is too long ({text.Length} characters); please keep it to {DiscordCommandCatalog.MaxInput}.";
    }

    /// <summary>Null when a message to fact-check fits a Discord message; otherwise the short explanation (logged with <paramref name="id"/>).</summary>
    public static string? CheckMessage(ILogger logger, string id, string text)
    {
        if (text.Length <= DiscordLimits.ReceivedContent)
        {
            return null;
        }

        DiscordLog.InputTooLong(logger, id, "message", text.Length, DiscordLimits.ReceivedContent);
        return $"That message is too long to fact-check ({text.Length} characters; Discord messages hold at most {DiscordLimits.ReceivedContent}).";
    }
}
