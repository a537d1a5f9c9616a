using System.Text.Json;

namespace ClaimBot.Host.Tests;

/// <summary>Structural JSON assertions.</summary>
internal static class JsonShape
{
    public static void HasProperties(JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"missing \"{name}\" in {element}");
        }
    }
}
