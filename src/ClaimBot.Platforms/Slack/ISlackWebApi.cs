namespace ClaimBot.Platforms.Slack;

/// <summary>The Slack Web API calls the adapter makes (a SlackNet-based implementation could stand in).</summary>
public interface ISlackWebApi
{
    /// <summary><c>chat.postMessage</c> with the bot token; <paramref name="threadTs"/> replies in a thread. Retried within <c>Delivery:DefaultWindow</c> of <paramref name="origin"/>.</summary>
    Task<SlackApiResult> PostMessageAsync(string channel, string? threadTs, SlackMessage message, SlackOrigin origin, CancellationToken cancellationToken);
}
