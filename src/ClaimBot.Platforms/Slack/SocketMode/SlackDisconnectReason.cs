namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>Why a Socket Mode connection ended or asked to be replaced.</summary>
public enum SlackDisconnectReason
{
    /// <summary>Slack sent <c>disconnect</c> with <c>refresh_requested</c> (or a reason we do not know): open a new connection, then close this one.</summary>
    RefreshRequested,

    /// <summary>Slack sent <c>disconnect</c> with <c>link_disabled</c>: Socket Mode was turned off for the app.</summary>
    LinkDisabled,

    /// <summary>The socket closed or broke without a <c>disconnect</c> message.</summary>
    Dropped,

    /// <summary>ClaimBot closed it (shutdown, or the old connection after a refresh).</summary>
    Closed,
}
