using System.Text.Json.Nodes;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>One call the fake Discord API received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Body, string Authorization, string UserAgent, string? ContentType)
{
    /// <summary>The path without the /api/v10 prefix, e.g. "webhooks/1/token/messages/@original".</summary>
    public string Route => Path.StartsWith("/api/v10/", StringComparison.Ordinal) ? Path["/api/v10/".Length..] : Path;

    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);
}
