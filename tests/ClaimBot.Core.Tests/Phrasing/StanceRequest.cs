using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>A chat-completions request body as the fake server got it, read as a stance request: its messages and the numbered claims offered.</summary>
internal sealed partial record StanceRequest(string System, string User, IReadOnlyDictionary<int, string> Offered, JsonElement Body)
{
    public const string SystemStart = "You are the stance judge";

    public static bool IsStance(JsonElement body) =>
        body.GetProperty("messages")[0].GetProperty("content").ToString().StartsWith(SystemStart, StringComparison.Ordinal);

    public static StanceRequest Read(JsonElement body)
    {
        var messages = body.GetProperty("messages").EnumerateArray().ToList();
        var user = messages[^1].GetProperty("content").ToString();
        var offered = OfferedLine().Matches(user).ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value);
        return new StanceRequest(messages[0].GetProperty("content").ToString(), user, offered, body);
    }

    /// <summary>The number the claim containing <paramref name="fragment"/> was offered under.</summary>
    public int NumberOf(string fragment) => Offered.Single(o => o.Value.Contains(fragment, StringComparison.Ordinal)).Key;

    /// <summary>A reply in the asked-for shape judging the given numbers.</summary>
    public static string Reply(params (int N, string Stance)[] judgements) =>
        JsonSerializer.Serialize(new { judgements = judgements.Select(j => new { n = j.N, stance = j.Stance, why = "because" }) });

    [GeneratedRegex(@"^\[(\d+)\] \([^)]*\) (.*)$", RegexOptions.Multiline)]
    private static partial Regex OfferedLine();
}
