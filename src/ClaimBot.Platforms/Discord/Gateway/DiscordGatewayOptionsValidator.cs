using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>Stops start-up when the Gateway is switched on without what it needs, naming the key.</summary>
public sealed class DiscordGatewayOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gateway = options.Gateway;
        if (!gateway.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Discord:BotToken is required when Discord:Gateway:Enabled is true (the Gateway connects as the bot).");
        }

        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId is required when Discord:Gateway:Enabled is true.");
        }

        if (gateway.ChannelRepliesPerMinute is < 1 or > 60)
        {
            failures.Add("Discord:Gateway:ChannelRepliesPerMinute must be between 1 and 60.");
        }

        if (gateway.ReconnectDelay < TimeSpan.FromMilliseconds(1) || gateway.ReconnectDelay > gateway.MaxReconnectDelay)
        {
            failures.Add("Discord:Gateway:ReconnectDelay must be positive and at most Discord:Gateway:MaxReconnectDelay, e.g. '00:00:01'.");
        }

        if (gateway.MaxReconnectDelay > TimeSpan.FromHours(1))
        {
            failures.Add("Discord:Gateway:MaxReconnectDelay must be at most 01:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
