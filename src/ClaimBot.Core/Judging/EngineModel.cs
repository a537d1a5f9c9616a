using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// The learned part of the engine, in one validated data file (<c>Judging/engine-model.json</c>): retrieval and
/// expansion weights, the judge models (relevance for ask and compare; answerable, read on a question's best claim,
/// for when to abstain; support and refutation for check) and their operating points. Written by <c>dotnet run --project tests/ClaimBot.Training -- learn</c>, which also
/// records its held-out figures in the file.
/// </summary>
public sealed record EngineModel(
    RetrievalWeights Retrieval,
    LogisticModel Relevance,
    LogisticModel Answerable,
    LogisticModel Supports,
    LogisticModel Refutes,
    JudgeThresholds Thresholds);
