using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ClaimBot.Core.Phrasing;

/// <summary>
/// With a model configured, the model judges the stance of a statement's best candidates (supports / refutes /
/// irrelevant, as Loki and FacTool do) through the <c>Judging/Stance</c> prompt function, and the verdict follows from
/// those judgements. On timeout (<see cref="LlmOptions.TimeoutSeconds"/>), a failed call, or a reply that is empty,
/// malformed or names a number that was not offered, the offline judgements stand, unchanged. The model only re-labels
/// offered candidates: it cannot add evidence, and the verdict's wording still passes the citation guard.
/// </summary>
internal sealed class ModelStanceReviewer(
    Kernel kernel,
    StancePrompt prompt,
    IOptions<LlmOptions> options,
    TimeProvider timeProvider,
    ILogger<ModelStanceReviewer> logger) : IStanceReviewer
{
    /// <summary>How many candidates the model is asked about; the verdict shows at most three per side.</summary>
    public const int MaxOffered = 6;

    public async Task<IReadOnlyList<Judgement>> ReviewAsync(AnalyzedQuery statement, IReadOnlyList<Judgement> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var offered = StanceCandidates.Offer(candidates, MaxOffered);
        var timeoutSeconds = options.Value.TimeoutSeconds;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string? reply;
        try
        {
            var arguments = StanceArguments.Create(statement, offered.Select(i => candidates[i]).ToList());
            var result = await prompt.Function.InvokeAsync(kernel, arguments, linked.Token);
            reply = result.GetValue<string>();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (timeout.IsCancellationRequested)
            {
                PhrasingLog.StanceCallTimedOut(logger, timeoutSeconds);
            }
            else
            {
                PhrasingLog.StanceCallFailed(logger, ModelCallError.Describe(exception));
            }

            return candidates;
        }

        if (!StanceReplyParser.TryParse(reply, offered.Count, out var stances, out var failure))
        {
            PhrasingLog.StancesRejected(logger, failure);
            return candidates;
        }

        PhrasingLog.StancesJudged(logger, stances.Count, offered.Count);
        return StanceCandidates.Apply(candidates, offered, stances);
    }
}
