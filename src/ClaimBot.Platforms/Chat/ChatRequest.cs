namespace ClaimBot.Platforms.Chat;

/// <summary>A platform-neutral command: the kind, its text argument and who asked.</summary>
/// <param name="Platform">"discord" or "slack".</param>
/// <param name="IsAdmin">Decided by the platform adapter from its own admin settings (user ids, roles).</param>
public sealed record ChatRequest(ChatCommandKind Kind, string Text, string UserId, string Platform, bool IsAdmin);
