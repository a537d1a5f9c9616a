using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Slack;

/// <summary>A rendered Slack message: the mrkdwn fallback <paramref name="Text"/> (notifications, screen readers) and optional Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray? Blocks = null);
