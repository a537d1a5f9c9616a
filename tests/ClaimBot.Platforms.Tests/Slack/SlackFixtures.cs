using System.Text.Json;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>Slack protocol fixtures (copied from the shared platform reference) beside these tests.</summary>
internal static class SlackFixtures
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ClaimBot.Platforms.Tests", "Slack", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Slack fixtures folder not found above " + AppContext.BaseDirectory);
    });

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder.Value, name));

    public static JsonDocument Json(string name) => JsonDocument.Parse(Text(name));
}
