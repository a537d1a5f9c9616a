using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// With no model configured, answers a reply prompt function with <see cref="OfflinePhraser.Render"/> of the same request,
/// so the offline reply takes the same kernel path as a model reply and is byte-identical to the engine's draft.
/// </summary>
internal sealed class OfflinePhrasingFilter(OfflinePhraser offline, IOptions<LlmOptions> options) : IFunctionInvocationFilter
{
    public Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        if (options.Value.HasModel || !PhrasingArguments.TryGetRequest(context.Arguments, out var request))
        {
            return next(context);
        }

        context.Result = new FunctionResult(context.Function, offline.Render(request));
        return Task.CompletedTask;
    }
}
