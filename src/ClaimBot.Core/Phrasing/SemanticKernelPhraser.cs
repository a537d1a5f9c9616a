using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// Phrases every reply through the Semantic Kernel prompt function for its kind. With no model configured the offline
/// filter answers; with one, the model's reply passes the citation guard or the offline phrasing is used instead.
/// <see cref="LlmOptions.TimeoutSeconds"/> bounds the call.
/// </summary>
public sealed class SemanticKernelPhraser(
    Kernel kernel,
    ReplyPrompts prompts,
    OfflinePhraser offline,
    IOptions<LlmOptions> options,
    TimeProvider timeProvider,
    ILogger<SemanticKernelPhraser> logger) : IReplyPhraser
{
    public async Task<string> PhraseAsync(PhrasingRequest request, CancellationToken cancellationToken)
    {
        var timeoutSeconds = options.Value.TimeoutSeconds;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var arguments = PhrasingArguments.Create(request, offline);
            var result = await prompts.For(request.Kind).InvokeAsync(kernel, arguments, linked.Token);
            var text = result.GetValue<string>();
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }

            PhrasingLog.ModelReplyRejected(logger, request.Kind, "empty reply");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (timeout.IsCancellationRequested)
            {
                PhrasingLog.ModelCallTimedOut(logger, request.Kind, timeoutSeconds);
            }
            else
            {
                PhrasingLog.ModelCallFailed(logger, request.Kind, exception.GetType().Name);
            }
        }

        return offline.Render(request);
    }
}
