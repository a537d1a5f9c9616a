using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// A second opinion on the stance of a statement's best candidates before the verdict is decided: offline, the judge's
/// own probabilities stand (<see cref="OfflineStanceReviewer"/>); with a model configured, the model judges each
/// candidate (supports / refutes / irrelevant) and the verdict follows from those judgements.
/// </summary>
public interface IStanceReviewer
{
    /// <summary>The candidates with their stance reviewed; on any failure, the candidates as they came.</summary>
    Task<IReadOnlyList<Judgement>> ReviewAsync(AnalyzedQuery statement, IReadOnlyList<Judgement> candidates, CancellationToken cancellationToken);
}
