using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>A request the fake Slack received; <paramref name="Rejected"/> when the script answered it with a failure.</summary>
internal sealed record RecordedCall(string Path, string Authorization, JsonObject Body, bool Rejected = false)
{
    public string AllText => string.Join("\n", SlackBlockAssert.Texts(new ClaimBot.Platforms.Slack.SlackMessage((string?)Body["text"] ?? string.Empty, Body["blocks"]?.AsArray())));
}
