using System.Net;

namespace ClaimBot.Platforms.Discord;

/// <summary>A Discord REST call failed; carries the status and Discord's error message (never the request's token).</summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(HttpStatusCode status, string route, string detail)
        : base($"Discord {route} returned {(int)status}: {detail}")
    {
        Status = status;
    }

    public HttpStatusCode? Status { get; }
}
