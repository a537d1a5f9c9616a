using ClaimBot.Core.Answering;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Reloading;

namespace ClaimBot.Platforms.Chat;

/// <summary>The platform-neutral result of a chat command; each platform renders it (embeds, Block Kit).</summary>
/// <param name="Notice">A human message for help, refusals and errors.</param>
public sealed record ChatReply(
    ChatCommandKind Kind,
    Answer? Answer = null,
    FactCheck? Check = null,
    Comparison? Comparison = null,
    IReadOnlyList<SourceSummary>? Sources = null,
    ReloadResult? Reload = null,
    string? Notice = null,
    bool IsError = false);
