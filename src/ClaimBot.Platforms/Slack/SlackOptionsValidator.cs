using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Refuses half-configured Slack settings at start-up: HTTP mode needs the signing secret and bot token, Socket Mode the
/// app-level and bot tokens. Messages name the key and never echo a secret.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasSecret = !string.IsNullOrWhiteSpace(options.SigningSecret);
        var hasBotToken = !string.IsNullOrWhiteSpace(options.BotToken);
        var hasAppToken = !string.IsNullOrWhiteSpace(options.AppToken);

        if (options.IsSocketMode)
        {
            AddSocketModeFailures(failures, options, hasBotToken, hasAppToken);
        }
        else if (!string.Equals(options.Mode, SlackOptions.HttpMode, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Slack:Mode must be '{SlackOptions.HttpMode}' (Slack POSTs to /slack/*) or '{SlackOptions.SocketMode}' (ClaimBot connects out).");
        }
        else
        {
            AddHttpModeFailures(failures, hasSecret, hasBotToken, hasAppToken);
        }

        if (hasBotToken && !options.BotToken!.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with 'xoxb-'.");
        }

        if (hasAppToken && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with 'xapp-'.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL, e.g. 'https://slack.com/api'.");
        }

        if (options.AdminUserIds.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Slack:AdminUserIds must not contain empty entries.");
        }

        AddRange(failures, options.MaxRequestBodyBytes, 1024, 16 * 1024 * 1024, "Slack:MaxRequestBodyBytes");
        AddRange(failures, options.MaxEvidenceItems, 1, 40, "Slack:MaxEvidenceItems");
        AddRange(failures, options.MaxRateLimitRetries, 0, 10, "Slack:MaxRateLimitRetries");
        AddRange(failures, options.QueueCapacity, 1, 100_000, "Slack:QueueCapacity");
        AddRange(failures, options.Concurrency, 1, 1024, "Slack:Concurrency");

        if (options.EvidenceStateLifetime <= TimeSpan.Zero)
        {
            failures.Add("Slack:EvidenceStateLifetime must be positive, e.g. '7.00:00:00'.");
        }

        if (options.ReloadProgressInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Slack:ReloadProgressInterval must be at least 00:00:01 (response_url allows five posts).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddHttpModeFailures(List<string> failures, bool hasSecret, bool hasBotToken, bool hasAppToken)
    {
        if (hasSecret && !hasBotToken)
        {
            failures.Add("Slack:BotToken is required when Slack:SigningSecret is set (Slack is enabled); use the bot token 'xoxb-…'.");
        }

        if (hasBotToken && !hasSecret)
        {
            failures.Add("Slack:SigningSecret is required when Slack:BotToken is set in HTTP mode; set Slack:Mode=SocketMode to connect without a public URL, or unset Slack:BotToken to disable Slack.");
        }

        if (hasAppToken && !hasSecret)
        {
            failures.Add("Slack:AppToken is used only with Slack:Mode=SocketMode; set Slack:Mode=SocketMode, or Slack:SigningSecret for HTTP mode.");
        }
    }

    private static void AddSocketModeFailures(List<string> failures, SlackOptions options, bool hasBotToken, bool hasAppToken)
    {
        if (!hasAppToken)
        {
            failures.Add("Slack:AppToken is required when Slack:Mode is SocketMode; create an app-level token 'xapp-…' with the connections:write scope.");
        }

        if (!hasBotToken)
        {
            failures.Add("Slack:BotToken is required when Slack:Mode is SocketMode (mention and shortcut replies use chat.postMessage); use the bot token 'xoxb-…'.");
        }

        if (options.SocketReconnectDelay < TimeSpan.FromMilliseconds(1) || options.SocketReconnectDelay > options.SocketMaxReconnectDelay)
        {
            failures.Add("Slack:SocketReconnectDelay must be positive and at most Slack:SocketMaxReconnectDelay, e.g. '00:00:01'.");
        }

        if (options.SocketMaxReconnectDelay > TimeSpan.FromHours(1))
        {
            failures.Add("Slack:SocketMaxReconnectDelay must be at most 01:00:00.");
        }
    }

    private static void AddRange(List<string> failures, int value, int min, int max, string key)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max}.");
        }
    }
}
