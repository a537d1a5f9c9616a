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
        (Feature.PlaceConflictTimesCoverage, ReasonCode.DifferentPlace), (Feature.ActorMismatchTimesCoverage, ReasonCode.DifferentActor),
        (Feature.SpeakerMismatch, ReasonCode.OtherSpeaker),
    ];

    public EngineModel Model => model;

    public Judgement Judge(Candidate candidate, PairAnalysis analysis)
    {
        var features = analysis.Features;
        var relevance = model.Relevance.Probability(features);
        var supports = SupportProbability(model.Supports, features);
        var refutes = RefuteProbability(model.Refutes, features);
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
    /// P(refutes) under the rule that a refutation says why: only a claim with a conflict the judge can name (another
    /// number, date or place, a negation near the matched words, an opposite predicate) refutes; a claim that is merely about
    /// the same thing does not.
    /// </summary>
    /// <remarks>
    /// A statement that names its speaker is refuted, like it is supported, only by what that speaker said.
    /// </remarks>
    public static double RefuteProbability(LogisticModel refutes, EvidenceFeatures features) =>
        features[Feature.SpeakerMismatch] == 0
        && features[Feature.NumberConflict] + features[Feature.DateConflict] + features[Feature.PlaceConflict] + features[Feature.NegationMismatch] + features[Feature.Opposition] > 0
            ? refutes.Probability(features)
            : 0;

    /// <summary>
    /// The conflict that keeps a claim from stating the same fact as the statement: the claim expresses the statement's
    /// predicate (its content words, by IDF, at the learned same-predicate share) but gives another number or date,
    /// negates it, takes the opposite side, or names another actor. Null when there is no such single difference.
    /// A fact is a predicate with its arguments: the claims must share at least <see cref="MinSharedWords"/> content words.
    /// </summary>
    public ReasonCode? OnlyConflict(PairAnalysis pair) => OnlyConflict(pair, model.Thresholds.SamePredicate);

    /// <inheritdoc cref="OnlyConflict(PairAnalysis)"/>
    public static ReasonCode? OnlyConflict(PairAnalysis pair, double samePredicate)
    {
        var features = pair.Features;
        if (features[Feature.WordCoverage] < samePredicate || pair.SharedWords < MinSharedWords)
        {
            return null;
        }

        foreach (var (conflict, reason) in SameFactConflicts)
        {
            if (conflict.Any(f => features[f] > 0))
            {
                return reason;
            }
        }

        return null;
    }

    public const int MinSharedWords = 3;

    private static readonly (Feature[] Conflict, ReasonCode Reason)[] SameFactConflicts =
    [
        ([Feature.NumberConflict], ReasonCode.DifferentNumber),
        ([Feature.DateConflict], ReasonCode.DifferentDate),
        ([Feature.PlaceConflict], ReasonCode.DifferentPlace),
        ([Feature.NegationMismatch], ReasonCode.Negation),
        ([Feature.Opposition], ReasonCode.Opposite),
        ([Feature.NameConflict, Feature.ActorMismatch], ReasonCode.DifferentActor),
    ];

    /// <summary>The conflict feature that adds most to the refutation score; else the first conflict present (negation, opposite when none is).</summary>
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

        if (most > 0)
        {
            return best;
        }

        // The model gave no conflict a weight here: name the conflict the pair has, if any.
        var present = Conflicts.Where(c => features[c.Feature] > 0).Select(c => (ReasonCode?)c.Reason).FirstOrDefault();
        return present ?? (features[Feature.NegationMismatch] > 0 ? ReasonCode.Negation : ReasonCode.Opposite);
    }
}
