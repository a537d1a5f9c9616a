using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimBot.Platforms.Slack;

/// <summary>The slash-command fields ClaimBot uses (from the HTTP form or a Socket Mode <c>slash_commands</c> payload).</summary>
public sealed record SlackSlashCommand(
    string Command,
    string Text,
    string UserId,
    string ChannelId,
    string? TeamId,
    string? ResponseUrl,
    bool IsSslCheck = false,
    string? TriggerId = null)
{
    /// <summary>Parses the urlencoded form body Slack posts.</summary>
    public static SlackSlashCommand FromForm(string body)
    {
        var form = QueryHelpers.ParseQuery(body);
        string Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : string.Empty;
        return Create(Field);
    }

    /// <summary>Parses a Socket Mode payload: the same fields as a JSON object.</summary>
    public static SlackSlashCommand FromJson(JsonElement payload)
    {
        string Field(string name) =>
            payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString() ?? string.Empty
                : string.Empty;
        return Create(Field);
    }

    private static SlackSlashCommand Create(Func<string, string> field)
    {
        var responseUrl = field("response_url");
        var teamId = field("team_id");
        var triggerId = field("trigger_id");
        return new SlackSlashCommand(
            field("command").Trim(),
            field("text"),
            field("user_id"),
            field("channel_id"),
            teamId.Length == 0 ? null : teamId,
            responseUrl.Length == 0 ? null : responseUrl,
            field("ssl_check") == "1",
            triggerId.Length == 0 ? null : triggerId);
    }
}
