namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>The <c>session_start_limit</c> of <c>GET /gateway/bot</c>: identifies left today and how many may start per 5 s.</summary>
/// <param name="ResetAfter">Milliseconds until <paramref name="Remaining"/> resets.</param>
public sealed record DiscordSessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
