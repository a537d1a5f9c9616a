namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Gateway close codes that decide what happens next: stop for good, identify anew, or resume.</summary>
internal static class DiscordGatewayCloseCodes
{
    /// <summary>Reconnecting cannot help: the token, shard, version or intents are wrong.</summary>
    public static bool IsFatal(int code) => code is 4004 or 4010 or 4011 or 4012 or 4013 or 4014;

    /// <summary>4007 (invalid seq) and 4009 (session timed out) end the session; other codes may be resumed.</summary>
    public static bool EndsSession(int code) => code is 4007 or 4009;

    public static string Meaning(int code) => code switch
    {
        4004 => "authentication failed: check Discord:BotToken",
        4010 => "invalid shard",
        4011 => "sharding required: the bot is in too many servers for one connection",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable Message Content in the Developer Portal or set Discord:Gateway:MessageContentIntent=false",
        _ => "unknown",
    };
}
