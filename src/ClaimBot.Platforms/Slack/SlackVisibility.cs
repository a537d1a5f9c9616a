namespace ClaimBot.Platforms.Slack;

/// <summary>Who sees a response_url post: only the user who asked, or the whole channel.</summary>
public enum SlackVisibility
{
    Ephemeral,
    InChannel,
}
