namespace ClaimBot.Platforms.Slack;

/// <summary>Work acknowledged to Slack and done later by <see cref="SlackWorker"/>.</summary>
public abstract record SlackJob
{
    /// <summary>Set by <see cref="SlackJobChannel.TryEnqueue"/> when the request is acknowledged.</summary>
    public SlackOrigin Origin { get; init; } = new("unknown", DateTimeOffset.MinValue);
}
