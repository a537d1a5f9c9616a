namespace ClaimBot.Host.Tests.Serving;

/// <summary>Slack slash-command form bodies.</summary>
internal static class SlackForms
{
    public static string Command(string command, string text, string responseUrl, string userId = "U1") =>
        string.Join("&", new[]
        {
            ("command", command), ("text", text), ("user_id", userId), ("channel_id", "C1"), ("team_id", "T1"),
            ("response_url", responseUrl), ("trigger_id", "1.2.3"),
        }.Select(f => $"{Uri.EscapeDataString(f.Item1)}={Uri.EscapeDataString(f.Item2)}"));
}
