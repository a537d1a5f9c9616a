using System.Text.Json.Nodes;

namespace ClaimBot.Host.Tests.Fakes;

/// <summary>One request a fake platform API received.</summary>
internal sealed record RecordedCall(string Method, string Path, string Body)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);
}
