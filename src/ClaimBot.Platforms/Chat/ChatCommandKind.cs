namespace ClaimBot.Platforms.Chat;

/// <summary>What a chat user asked for, whatever the platform.</summary>
public enum ChatCommandKind
{
    Ask,
    Check,
    Compare,
    Sources,
    Reload,
    Help,
}
