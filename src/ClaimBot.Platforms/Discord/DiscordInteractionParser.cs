using System.Globalization;
using System.Text.Json;
using ClaimBot.Platforms.Inbound;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// Reads an interaction payload without trusting its shape: doc samples omit <c>application_id</c>, and some
/// clients send option types as strings ("1"), so every field is optional and numbers may be strings.
/// </summary>
public static class DiscordInteractionParser
{
    /// <summary>The parsed interaction, or null when the body is not a JSON object with a type.</summary>
    public static DiscordInteraction? Parse(ReadOnlyMemory<byte> body)
    {
        // Invalid UTF-8 and lone surrogate escapes are refused here (400), not left to throw from GetString later (500).
        using var document = InboundJson.Parse(body, out _);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || ReadInt(root, "type") is not { } type)
        {
            return null;
        }

        var data = Child(root, "data");
        var member = Child(root, "member");
        var user = Child(member, "user") ?? Child(root, "user");
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? focused = null;
        if (data is { } d && Child(d, "options") is { ValueKind: JsonValueKind.Array } list)
        {
            CollectOptions(list, options, ref focused);
        }

        var targetId = ReadString(data, "target_id");
        return new DiscordInteraction(
            Id: ReadString(root, "id") ?? string.Empty,
            Type: type,
            Token: ReadString(root, "token") ?? string.Empty,
            ApplicationId: ReadString(root, "application_id"),
            GuildId: ReadString(root, "guild_id"),
            ChannelId: ReadString(root, "channel_id"),
            UserId: ReadString(user, "id"),
            RoleIds: ReadStrings(Child(member, "roles")),
            CommandName: ReadString(data, "name"),
            CommandType: type is DiscordInteraction.ApplicationCommand or DiscordInteraction.Autocomplete ? ReadInt(data, "type") ?? 1 : 0,
            Options: options,
            FocusedOption: focused,
            TargetId: targetId,
            TargetMessageContent: targetId is null ? null : ReadString(Child(Child(Child(data, "resolved"), "messages"), targetId), "content"),
            CustomId: ReadString(data, "custom_id"));
    }

    private static void CollectOptions(JsonElement list, Dictionary<string, string> into, ref string? focused)
    {
        foreach (var option in list.EnumerateArray())
        {
            var name = ReadString(option, "name");
            if (name is null)
            {
                continue;
            }

            if (Child(option, "options") is { ValueKind: JsonValueKind.Array } nested)
            {
                CollectOptions(nested, into, ref focused);
                continue;
            }

            if (Child(option, "value") is { } value)
            {
                into[name] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString() ?? string.Empty,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => value.GetRawText(),
                };
            }

            if (Child(option, "focused") is { ValueKind: JsonValueKind.True })
            {
                focused = name;
            }
        }
    }

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null
            ? child
            : null;

    private static string? ReadString(JsonElement? parent, string name) => Child(parent, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    private static int? ReadInt(JsonElement? parent, string name) => Child(parent, name) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
        { ValueKind: JsonValueKind.String } s when int.TryParse(s.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    private static IReadOnlyList<string> ReadStrings(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
}
