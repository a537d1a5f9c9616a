using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Tests.Fakes;

/// <summary>One HTTP request a fake platform server received.</summary>
internal sealed record FakeHttpCall(string Method, string Path, string Authorization, string Body)
{
    public JsonObject? Json => Body.TrimStart().StartsWith('{') ? JsonNode.Parse(Body)!.AsObject() : null;
}
