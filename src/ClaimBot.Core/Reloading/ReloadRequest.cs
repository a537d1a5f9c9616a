namespace ClaimBot.Core.Reloading;

/// <summary>Who asks for a reload and from where ("cli", "http", "discord", "slack", "watch", "startup").</summary>
public sealed record ReloadRequest(string RequestedBy, string Origin);
