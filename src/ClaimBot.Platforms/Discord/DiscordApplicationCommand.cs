namespace ClaimBot.Platforms.Discord;

/// <summary>An application command as sent to (and read back from) the commands endpoints.</summary>
/// <param name="Type">1 CHAT_INPUT (slash), 3 MESSAGE (context menu).</param>
/// <param name="Description">Required for slash commands; must not be sent for context-menu commands.</param>
/// <param name="DefaultMemberPermissions">"0" limits the command to administrators until a server grants it.</param>
public sealed record DiscordApplicationCommand(
    string Name,
    int? Type = 1,
    string? Description = null,
    IReadOnlyList<DiscordCommandOption>? Options = null,
    string? DefaultMemberPermissions = null);
