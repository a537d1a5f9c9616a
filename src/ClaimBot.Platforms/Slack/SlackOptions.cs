namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Slack adapter settings. Section "Slack". In <see cref="HttpMode"/> Slack is enabled when <see cref="SigningSecret"/>
/// is set; in <see cref="SocketMode"/> when <see cref="AppToken"/> is set.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Slack POSTs to ClaimBot's public <c>/slack/*</c> URLs (the default).</summary>
    public const string HttpMode = "Http";

    /// <summary>ClaimBot opens a WebSocket to Slack; no public URL, no <c>/slack/*</c> routes.</summary>
    public const string SocketMode = "SocketMode";

    /// <summary><see cref="HttpMode"/> or <see cref="SocketMode"/> (a string, so a typo is reported with the allowed values).</summary>
    public string Mode { get; set; } = HttpMode;

    /// <summary>The app's signing secret (Basic Information page); verifies every request from Slack.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) used for <c>chat.postMessage</c>.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, scope <c>connections:write</c>); required in <see cref="SocketMode"/>.</summary>
    public string? AppToken { get; set; }

    /// <summary>First wait after a failed Socket Mode connect; doubles per failure (with jitter) up to <see cref="SocketMaxReconnectDelay"/>.</summary>
    public TimeSpan SocketReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between Socket Mode connect attempts (<c>apps.connections.open</c> is a Tier 1 method).</summary>
    public TimeSpan SocketMaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Slack Web API base; tests point it at a local server.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api";

    /// <summary>Slack user ids (e.g. U012ABCDEF) allowed to run <c>/claimbot reload</c>.</summary>
    public IList<string> AdminUserIds { get; } = [];

    /// <summary>Post slash-command answers <c>in_channel</c> (true) or only to the asker (false). Errors and help are always ephemeral.</summary>
    public bool AnswersInChannel { get; set; } = true;

    /// <summary>Requests with a larger body are refused with 413 before verification; Slack payloads are a few KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Evidence items shown in one reply before the rest move behind a "Show all evidence" button.</summary>
    public int MaxEvidenceItems { get; set; } = 8;

    /// <summary>How long the state behind a "Show all evidence" button is kept.</summary>
    public TimeSpan EvidenceStateLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Minimum time between reload progress posts (each uses one of the five response_url posts).</summary>
    public TimeSpan ReloadProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a Web API call answered with HTTP 429 (honouring Retry-After).</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>Slash-command, mention and shortcut jobs that may wait for a worker; beyond this the user is told to retry.</summary>
    public int QueueCapacity { get; set; } = 256;

    /// <summary>
    /// Jobs in progress at the same time, most of them waiting on Slack's API. The engine part of each is bounded by
    /// cores separately (<see cref="Chat.ChatEngineSlots"/>), so this is sized for I/O, not for CPUs.
    /// </summary>
    public int Concurrency { get; set; } = 64;

    /// <summary>True when <see cref="Mode"/> is <see cref="SocketMode"/> (any case).</summary>
    public bool IsSocketMode => string.Equals(Mode, SocketMode, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when Slack is on in either mode.</summary>
    public bool Enabled => IsSocketMode ? !string.IsNullOrWhiteSpace(AppToken) : HttpEnabled;

    /// <summary>True when the <c>/slack/*</c> HTTP endpoints serve: HTTP mode with the signing secret configured.</summary>
    public bool HttpEnabled => !IsSocketMode && !string.IsNullOrWhiteSpace(SigningSecret);
}
