using ClaimBot.Platforms.Chat;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>What a mention asks for.</summary>
/// <param name="Text">The question, statement or topic; empty when <paramref name="ChecksReferencedMessage"/>.</param>
/// <param name="ChecksReferencedMessage">Fact-check the message this one replies to ("@ClaimBot fact-check this").</param>
public sealed record DiscordMentionRequest(ChatCommandKind Kind, string Text, bool ChecksReferencedMessage = false);
