using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>The Discord protocol fixtures (copied from the shared platform reference) beside these tests.</summary>
internal static class DiscordFixtures
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ClaimBot.Platforms.Tests", "Discord", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Discord fixtures folder not found above " + AppContext.BaseDirectory);
    });

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder.Value, name));

    public static JsonNode Json(string name) => JsonNode.Parse(Text(name))!;
}
