namespace ClaimBot.Platforms.Slack;

/// <summary>Posts to a <c>response_url</c> from a slash command or interaction (at most five posts within 30 minutes).</summary>
public interface ISlackResponseUrlClient
{
    /// <summary>Posts with retries until Slack's 30-minute window from <paramref name="origin"/> closes; a final failure is an unsuccessful result, never an exception.</summary>
    Task<SlackApiResult> PostAsync(string responseUrl, SlackOrigin origin, SlackMessage message, SlackVisibility visibility, CancellationToken cancellationToken);
}
