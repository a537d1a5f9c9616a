using ClaimBot.Platforms.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Acknowledges a slash command at once (Slack allows 3 seconds) and queues the work; help, refusals and usage errors
/// are answered in the acknowledgement itself. Serves HTTP and Socket Mode alike.
/// </summary>
public sealed class SlackCommandHandler(SlackJobChannel jobs, IOptions<SlackOptions> options, ILogger<SlackCommandHandler> logger)
{
    public const string WorkingText = "Checking the sources…";

    /// <summary>Slack truncates message text beyond 40,000 characters; longer input cannot be a real message or command.</summary>
    public const int MaxInputChars = 40_000;

    public SlackAck Handle(SlackSlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.IsSslCheck)
        {
            return SlackAck.Empty;
        }

        if (command.Command.Length == 0 || command.UserId.Length == 0)
        {
            return SlackAck.BadRequest("The slash command payload needs 'command' and 'user_id'.");
        }

        var (kind, text) = Parse(command.Command, command.Text);
        if (kind is null)
        {
            SlackLog.UnknownCommand(logger, command.Command);
            return SlackAck.Ephemeral($"I don't know `{SlackMrkdwn.Escape(command.Command)}`.\n\n{SlackReplyRenderer.HelpText}");
        }

        if (kind == ChatCommandKind.Help)
        {
            return SlackAck.Ephemeral(SlackReplyRenderer.HelpText);
        }

        var isAdmin = options.Value.AdminUserIds.Contains(command.UserId, StringComparer.Ordinal);
        if (kind == ChatCommandKind.Reload && !isAdmin)
        {
            SlackLog.ReloadRefused(logger, command.UserId);
            return SlackAck.Ephemeral(":no_entry: Only ClaimBot admins can reload the sources.");
        }

        if (kind is (ChatCommandKind.Ask or ChatCommandKind.Check or ChatCommandKind.Compare) && text.Trim().Length == 0)
        {
            return SlackAck.Ephemeral($"Please add some text after `{SlackMrkdwn.Escape(command.Command)}`, e.g. `/ask who was invited to Astana?`");
        }

        if (text.Length > MaxInputChars)
        {
            var tooLong = kind.Value.ToString();
            SlackLog.InputTooLong(logger, tooLong, command.UserId, text.Length, MaxInputChars);
            return SlackAck.Ephemeral($"That text is too long ({text.Length} characters); Slack messages hold at most {MaxInputChars}. Please shorten it.");
        }

        if (command.ResponseUrl is null)
        {
            return SlackAck.BadRequest("The slash command payload has no 'response_url'.");
        }

        var request = new ChatRequest(kind.Value, text, command.UserId, "slack", isAdmin);
        var kindName = request.Kind.ToString();
        if (!jobs.TryEnqueue(new SlackCommandJob(request, command.ResponseUrl), command.TriggerId ?? command.Command))
        {
            SlackLog.QueueFull(logger, kindName);
            return SlackAck.Ephemeral(":hourglass: ClaimBot is busy right now. Please try again in a minute.");
        }

        SlackLog.JobQueued(logger, kindName, command.UserId);
        return SlackAck.Ephemeral(kind == ChatCommandKind.Reload ? "Reloading the sources…" : WorkingText);
    }

    /// <summary>Maps <c>/ask</c>, <c>/factcheck</c>, <c>/compare</c> and <c>/claimbot &lt;sub&gt;</c> to a command kind and its text.</summary>
    public static (ChatCommandKind? Kind, string Text) Parse(string command, string text)
    {
        ArgumentNullException.ThrowIfNull(command);
        text ??= string.Empty;
        if (!Is(command, "/claimbot"))
        {
            return (KindOf(command.TrimStart('/')), text);
        }

        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var sub = space < 0 ? trimmed : trimmed[..space];
        var rest = space < 0 ? string.Empty : trimmed[(space + 1)..];
        return (KindOf(sub) ?? ChatCommandKind.Help, rest);
    }

    private static ChatCommandKind? KindOf(string name) =>
        Is(name, "ask") ? ChatCommandKind.Ask
        : Is(name, "factcheck") || Is(name, "check") ? ChatCommandKind.Check
        : Is(name, "compare") ? ChatCommandKind.Compare
        : Is(name, "sources") ? ChatCommandKind.Sources
        : Is(name, "reload") ? ChatCommandKind.Reload
        : Is(name, "help") ? ChatCommandKind.Help
        : null;

    private static bool Is(string value, string name) => string.Equals(value, name, StringComparison.OrdinalIgnoreCase);
}
