namespace ClaimBot.Platforms.Discord;

/// <summary>What a registration changed, by command name.</summary>
/// <param name="Scope">"global" or "guild {id}".</param>
public sealed record DiscordRegistrationResult(
    string Scope,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Unchanged)
{
    /// <summary>True when the registered set already matched and nothing was sent.</summary>
    public bool NothingChanged => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0;
}
