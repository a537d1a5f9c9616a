namespace ClaimBot.Platforms.Slack;

/// <summary>Posts to a <c>response_url</c> from a slash command or interaction (at most five posts within 30 minutes).</summary>
public interface ISlackResponseUrlClient
{
    Task<SlackApiResult> PostAsync(string responseUrl, SlackMessage message, SlackVisibility visibility, CancellationToken cancellationToken);
}
