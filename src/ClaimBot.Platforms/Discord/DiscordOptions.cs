namespace ClaimBot.Platforms.Discord;

/// <summary>
/// The Discord application ClaimBot answers for. Section "Discord". HTTP interactions are enabled when
/// <see cref="PublicKey"/> is set; mentions over the Gateway when <see cref="Gateway"/> is enabled. Either or both.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The application (client) id: a snowflake from the Developer Portal.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key as 64 hex characters ("Public Key" in the Developer Portal).</summary>
    public string? PublicKey { get; set; }

    /// <summary>Bot token, needed only to register commands; sent only in the Authorization header, never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>REST base address, version pinned; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>User ids allowed to run admin commands such as /reload.</summary>
    public IList<string> AdminUserIds { get; set; } = [];

    /// <summary>Guild role ids whose members may run admin commands.</summary>
    public IList<string> AdminRoleIds { get; set; } = [];

    /// <summary>How long a command may run before ClaimBot defers (type 5) instead of answering inline; Discord allows 3 s in total.</summary>
    public TimeSpan InlineBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Minimum time between progress edits of a running /reload.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a "Show all evidence" button keeps working.</summary>
    public TimeSpan EvidenceRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Outbound calls give up instead of waiting when Discord asks for a longer pause than this.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Signed requests whose X-Signature-Timestamp is further than this from now are refused as replays.</summary>
    public TimeSpan MaxRequestAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Mentions and replies over the Gateway (section "Discord:Gateway"); off by default.</summary>
    public Gateway.DiscordGatewayOptions Gateway { get; set; } = new();

    /// <summary>True when the public key is configured, which switches the interactions endpoint on.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(PublicKey);
}
