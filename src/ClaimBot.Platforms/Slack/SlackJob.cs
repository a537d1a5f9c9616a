namespace ClaimBot.Platforms.Slack;

/// <summary>Work acknowledged to Slack and done later by <see cref="SlackWorker"/>.</summary>
public abstract record SlackJob;
