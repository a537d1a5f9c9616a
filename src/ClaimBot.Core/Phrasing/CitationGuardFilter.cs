using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// Accepts a model's reply only if <see cref="CitationGuard"/> finds nothing wrong; otherwise, and on any failure of the
/// call other than cancellation, the result becomes the offline phrasing. The user always gets a cited answer.
/// </summary>
internal sealed class CitationGuardFilter(OfflinePhraser offline, ILogger<CitationGuardFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        if (!PhrasingArguments.TryGetRequest(context.Arguments, out var request))
        {
            await next(context);
            return;
        }

        string? reply;
        try
        {
            await next(context);
            reply = context.Result.GetValue<string>();
        }
        catch (Exception exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            // Timeouts and caller cancellation surface through the token and are the phraser's to handle.
            PhrasingLog.ModelCallFailed(logger, request.Kind, ModelCallError.Describe(exception));
            context.Result = new FunctionResult(context.Function, offline.Render(request));
            return;
        }

        var violation = CitationGuard.FindViolation(reply, request);
        if (violation is null)
        {
            PhrasingLog.ModelReplyAccepted(logger, request.Kind);
            context.Result = new FunctionResult(context.Result, reply!.Trim());
            return;
        }

        PhrasingLog.ModelReplyRejected(logger, request.Kind, violation);
        context.Result = new FunctionResult(context.Function, offline.Render(request));
    }
}
