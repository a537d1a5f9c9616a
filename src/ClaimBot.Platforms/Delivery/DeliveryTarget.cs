namespace ClaimBot.Platforms.Delivery;

/// <summary>What one outbound call delivers, for how long it may be retried, and whether repeating it is harmless.</summary>
/// <param name="Operation">A short, token-free name for logs, e.g. "slack response_url" or "discord edit original".</param>
/// <param name="Reference">The platform's id for what is being answered (interaction id, Slack event or trigger id); logged on final failure.</param>
/// <param name="Deadline">When the platform stops accepting this delivery (its response_url or interaction token expires).</param>
/// <param name="Idempotent">
/// True when sending twice has the effect of sending once (Discord PATCH/DELETE of @original): then a request that
/// timed out without an answer is retried too. POSTs are retried only on failures that come with no response.
/// </param>
/// <param name="RateLimitRetries">How many HTTP 429s are waited out (Retry-After); 0 when a handler underneath already does.</param>
public sealed record DeliveryTarget(string Operation, string Reference, DateTimeOffset Deadline, bool Idempotent, int RateLimitRetries)
{
    /// <summary>Slack's response_url accepts posts for 30 minutes after the command.</summary>
    public static readonly TimeSpan SlackResponseUrlWindow = TimeSpan.FromMinutes(30);

    /// <summary>A Discord interaction token allows edits and follow-ups for 15 minutes after the interaction.</summary>
    public static readonly TimeSpan DiscordTokenWindow = TimeSpan.FromMinutes(15);
}
