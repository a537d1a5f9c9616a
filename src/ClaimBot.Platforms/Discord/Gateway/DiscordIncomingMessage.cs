using System.Text.Json;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>The fields of a Discord message object (a MESSAGE_CREATE, or a fetched message) that mention handling reads.</summary>
/// <param name="GuildId">Null in a DM.</param>
/// <param name="ReferencedMessageId">Set on a reply: the message replied to.</param>
/// <param name="Referenced">The replied-to message when Discord included it.</param>
/// <param name="ReferenceDeleted">Discord sent <c>referenced_message: null</c>: the replied-to message was deleted.</param>
public sealed record DiscordIncomingMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    string AuthorId,
    bool AuthorIsBot,
    bool IsWebhook,
    string Content,
    string? ReferencedMessageId,
    string? ReferencedChannelId,
    DiscordIncomingMessage? Referenced,
    bool ReferenceDeleted)
{
    /// <summary>Reads a message object; null when it lacks an id, a channel or an author.</summary>
    public static DiscordIncomingMessage? Parse(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object
            || Text(message, "id") is not { } id
            || Text(message, "channel_id") is not { } channel
            || !message.TryGetProperty("author", out var author)
            || author.ValueKind != JsonValueKind.Object
            || Text(author, "id") is not { } authorId)
        {
            return null;
        }

        var reference = message.TryGetProperty("message_reference", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
        var hasReferenced = message.TryGetProperty("referenced_message", out var referenced);
        return new DiscordIncomingMessage(
            id,
            channel,
            Text(message, "guild_id"),
            authorId,
            author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True,
            Text(message, "webhook_id") is not null,
            Text(message, "content") ?? string.Empty,
            reference.ValueKind == JsonValueKind.Object ? Text(reference, "message_id") : null,
            reference.ValueKind == JsonValueKind.Object ? Text(reference, "channel_id") ?? channel : null,
            hasReferenced ? Parse(referenced) : null,
            hasReferenced && referenced.ValueKind == JsonValueKind.Null);
    }

    private static string? Text(JsonElement element, string name) => DiscordGatewayFrame.Text(element, name);
}
