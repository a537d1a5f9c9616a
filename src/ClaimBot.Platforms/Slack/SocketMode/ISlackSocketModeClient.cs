namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>
/// Keeps ClaimBot connected to Slack over Socket Mode until cancelled. Hand-written (<see cref="SlackSocketModeClient"/>)
/// because SlackNet is not obtainable here; a SlackNet adapter would implement this with its <c>ISlackSocketModeClient</c>
/// and feed each envelope to <see cref="SlackSocketModeDispatcher"/>, so the handlers stay the same.
/// </summary>
public interface ISlackSocketModeClient
{
    Task RunAsync(CancellationToken cancellationToken);
}
