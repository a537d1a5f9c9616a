using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>No model: the offline judge's probabilities decide.</summary>
public sealed class OfflineStanceReviewer : IStanceReviewer
{
    public Task<IReadOnlyList<Judgement>> ReviewAsync(AnalyzedQuery statement, IReadOnlyList<Judgement> candidates, CancellationToken cancellationToken) =>
        Task.FromResult(candidates);
}
