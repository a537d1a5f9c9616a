using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Reloading;

namespace ClaimBot.Platforms.Chat;

/// <summary>Runs a chat command through exactly the use cases the CLI calls. Platform adapters own verification, acknowledgement and rendering.</summary>
public sealed class ChatCommandRunner(
    AskUseCase ask,
    CheckUseCase check,
    CompareUseCase compare,
    IClaimStore store,
    ReloadCoordinator reload)
{
    public async Task<ChatReply> RunAsync(ChatRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken)
    {
        var text = request.Text.Trim();
        switch (request.Kind)
        {
            case ChatCommandKind.Ask when text.Length == 0:
            case ChatCommandKind.Check when text.Length == 0:
            case ChatCommandKind.Compare when text.Length == 0:
                return new ChatReply(request.Kind, Notice: "Please add some text after the command.", IsError: true);
            case ChatCommandKind.Ask:
                return new ChatReply(request.Kind, Answer: await ask.AskAsync(text, cancellationToken));
            case ChatCommandKind.Check:
                return new ChatReply(request.Kind, Check: await check.CheckAsync(text, cancellationToken));
            case ChatCommandKind.Compare:
                return new ChatReply(request.Kind, Comparison: await compare.CompareAsync(text, cancellationToken));
            case ChatCommandKind.Sources:
                return new ChatReply(request.Kind, Sources: await store.GetSourcesAsync(cancellationToken));
            case ChatCommandKind.Reload when !request.IsAdmin:
                return new ChatReply(request.Kind, Notice: "Only ClaimBot admins can reload the sources.", IsError: true);
            case ChatCommandKind.Reload:
                var result = await reload.ReloadAsync(new ReloadRequest(request.UserId, request.Platform), progress, cancellationToken);
                return new ChatReply(request.Kind, Reload: result, IsError: !result.Succeeded);
            default:
                return new ChatReply(ChatCommandKind.Help, Notice: HelpText);
        }
    }

    /// <summary>Platform-neutral help; adapters may prefix their own command syntax.</summary>
    public const string HelpText =
        "ask <question>: a short answer with numbered citations to the source sentences.\n" +
        "factcheck <statement>: supported, refuted, not enough info, or sources disagree, with the evidence.\n" +
        "compare <topic>: what each source says, where they agree, and where they contradict each other.\n" +
        "sources: the documents ClaimBot answers from.\n" +
        "reload: re-read the sources folder (admins only).";
}
