using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord;

/// <summary>Stops start-up on a half-configured Discord section, naming the key at fault.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        var hasKey = !string.IsNullOrWhiteSpace(options.PublicKey);
        var hasToken = !string.IsNullOrWhiteSpace(options.BotToken);
        var hasApp = !string.IsNullOrWhiteSpace(options.ApplicationId);

        if (hasKey && !DiscordSignatureVerifier.TryImportKey(options.PublicKey!, out _))
        {
            failures.Add("Discord:PublicKey must be the application's Ed25519 public key as 64 hex characters.");
        }

        if ((hasKey || hasToken) && !hasApp)
        {
            var cause = hasKey ? "Discord:PublicKey" : "Discord:BotToken";
            failures.Add($"Discord:ApplicationId is required when {cause} is set.");
        }

        if (hasApp && !IsSnowflake(options.ApplicationId!))
        {
            failures.Add("Discord:ApplicationId must be the numeric application id (a snowflake).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL, e.g. https://discord.com/api/v10.");
        }

        if (options.InlineBudget < TimeSpan.Zero || options.InlineBudget > TimeSpan.FromSeconds(2.5))
        {
            failures.Add("Discord:InlineBudget must be between 00:00:00 and 00:00:02.5 (Discord allows 3 s for the first response).");
        }

        if (options.MaxRequestAge < TimeSpan.FromSeconds(30) || options.MaxRequestAge > TimeSpan.FromMinutes(15))
        {
            failures.Add("Discord:MaxRequestAge must be between 00:00:30 and 00:15:00.");
        }

        if (options.ProgressInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("Discord:ProgressInterval must be at least 00:00:01.");
        }

        foreach (var id in options.AdminUserIds.Concat(options.AdminRoleIds).Where(id => !IsSnowflake(id)))
        {
            failures.Add($"Discord:AdminUserIds and Discord:AdminRoleIds must hold numeric ids; '{id}' is not one.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSnowflake(string value) =>
        value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
