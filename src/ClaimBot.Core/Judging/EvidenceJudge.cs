using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// The one evidence judge used by ask, check and compare: the learned models of <see cref="EngineModel"/> applied to a
/// pair's features, and the reason behind the decision (for a refutation: the conflict that adds most to its score).
/// </summary>
public sealed class EvidenceJudge(EngineModel model)
{
    private static readonly (Feature Feature, ReasonCode Reason)[] Conflicts =
    [
        (Feature.NegationTimesCoverage, ReasonCode.Negation), (Feature.OppositionTimesCoverage, ReasonCode.Opposite),
        (Feature.NumberConflictTimesCoverage, ReasonCode.DifferentNumber), (Feature.DateConflictTimesCoverage, ReasonCode.DifferentDate),
        (Feature.ActorMismatchTimesCoverage, ReasonCode.DifferentActor), (Feature.SpeakerMismatch, ReasonCode.OtherSpeaker),
    ];

    public EngineModel Model => model;

    public Judgement Judge(Candidate candidate, PairAnalysis analysis)
    {
        var features = analysis.Features;
        var relevance = model.Relevance.Probability(features);
        var supports = SupportProbability(model.Supports, features);
        var refutes = model.Refutes.Probability(features);
        var t = model.Thresholds;
        var reason = refutes >= t.Refutes && refutes > supports ? ConflictOf(features)
            : supports >= t.Supports ? ReasonCode.Entails
            : relevance >= t.Evidence ? ReasonCode.Related
            : ReasonCode.Unrelated;
        return new Judgement(candidate, analysis, relevance, supports, refutes, reason);
    }

    /// <summary>
    /// P(supports) under the one rule that is the definition rather than a tendency: a statement that names who said
    /// it ("Berg said …") is supported only by what that speaker said, whatever else the claim shares with it.
    /// </summary>
    public static double SupportProbability(LogisticModel supports, EvidenceFeatures features) =>
        features[Feature.SpeakerMismatch] > 0 ? 0 : supports.Probability(features);

    /// <summary>
    /// The conflict that keeps a claim from stating the same fact as the statement: the first of another number, date,
    /// actor, negation or opposite predicate without which the claim would support it. Null when none does.
    /// </summary>
    public ReasonCode? OnlyConflict(EvidenceFeatures features)
    {
        foreach (var (conflict, reason) in SameFactConflicts)
        {
            if (conflict.Any(f => features[f] > 0) && SupportProbability(model.Supports, features.Without(conflict)) >= model.Thresholds.SameFact)
            {
                return reason;
            }
        }

        return null;
    }

    private static readonly (Feature[] Conflict, ReasonCode Reason)[] SameFactConflicts =
    [
        ([Feature.NumberConflict], ReasonCode.DifferentNumber),
        ([Feature.DateConflict], ReasonCode.DifferentDate),
        ([Feature.NameConflict, Feature.ActorMismatch, Feature.SpecificMissing], ReasonCode.DifferentActor),
        ([Feature.NegationMismatch], ReasonCode.Negation),
        ([Feature.Opposition], ReasonCode.Opposite),
    ];

    /// <summary>The conflict feature that adds most to the refutation score (negation when none is set).</summary>
    public ReasonCode ConflictOf(EvidenceFeatures features)
    {
        var best = ReasonCode.Negation;
        var most = 0.0;
        foreach (var (feature, reason) in Conflicts)
        {
            var contribution = features[feature] * model.Refutes.Weights.GetValueOrDefault(feature);
            if (contribution > most)
            {
                most = contribution;
                best = reason;
            }
        }

        return most > 0 ? best : features[Feature.NegationMismatch] > 0 ? ReasonCode.Negation : ReasonCode.Opposite;
    }
}
