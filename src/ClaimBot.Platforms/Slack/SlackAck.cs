using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// What a handler answers Slack at once: the HTTP response for HTTP delivery, or the envelope ack (and its payload) in Socket Mode.
/// </summary>
/// <param name="Body">JSON body for a 200 (an ephemeral message, the url_verification challenge), or null for an empty 200.</param>
/// <param name="Error">A human description of why the payload was refused (400) or cannot be taken now (503).</param>
public sealed record SlackAck(int StatusCode, JsonObject? Body = null, string? Error = null)
{
    public static SlackAck Empty { get; } = new(200);

    public static SlackAck Ok(JsonObject body) => new(200, body);

    /// <summary>A 200 with a message only the user sees.</summary>
    public static SlackAck Ephemeral(string mrkdwn) =>
        new(200, new JsonObject { ["response_type"] = "ephemeral", ["text"] = mrkdwn });

    public static SlackAck BadRequest(string error) => new(400, Error: error);

    public static SlackAck Unavailable(string error) => new(503, Error: error);
}
