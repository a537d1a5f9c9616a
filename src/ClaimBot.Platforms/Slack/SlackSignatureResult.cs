namespace ClaimBot.Platforms.Slack;

/// <summary>Outcome of checking a request's Slack signature.</summary>
public enum SlackSignatureResult
{
    Valid,
    MissingHeaders,
    StaleTimestamp,
    InvalidSignature,
}
