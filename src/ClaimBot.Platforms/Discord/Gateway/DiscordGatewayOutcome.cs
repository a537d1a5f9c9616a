namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>What to do after a Gateway connection ended.</summary>
internal enum DiscordGatewayNext
{
    /// <summary>Reconnect on the resume URL and send RESUME (drop, zombie, RECONNECT, INVALID_SESSION d=true).</summary>
    Resume,

    /// <summary>Reconnect and IDENTIFY a new session (INVALID_SESSION d=false, close 4007/4009).</summary>
    Identify,

    /// <summary>Discord refused for good (bad token, intents, version, sharding): stop and say why.</summary>
    Fatal,

    /// <summary>The host is stopping.</summary>
    Stopped,
}

/// <param name="Pause">Wait before reconnecting (Discord asks for 1–5 s after an invalid session); started before the socket was closed.</param>
/// <param name="Established">READY or RESUMED was received, so the failure count starts over.</param>
internal sealed record DiscordGatewayOutcome(DiscordGatewayNext Next, string Reason, bool Established, Task Pause)
{
    public static DiscordGatewayOutcome Of(DiscordGatewayNext next, string reason, bool established) => new(next, reason, established, Task.CompletedTask);
}
