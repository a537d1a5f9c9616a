using ClaimBot.Core.Judging;

namespace ClaimBot.Training.Learning;

/// <summary>
/// What the stance features mean, as sign constraints on the learned weights: a conflict (another actor, number, date,
/// negation, an opposite predicate, unmatched content) never adds support, and a conflict on a claim about the same
/// thing never makes a refutation less likely. The data set the sizes; the constraints keep rare conflicts from
/// getting a sign the public data happens to show.
/// </summary>
public static class FeatureSigns
{
    private static readonly Feature[] Conflicts =
    [
        Feature.NameConflict, Feature.NumberConflict, Feature.DateConflict, Feature.NegationMismatch, Feature.Opposition,
        Feature.ActorMismatch, Feature.SpeakerMismatch, Feature.HedgeMismatch, Feature.SpecificMissing, Feature.UnalignedIdf,
        Feature.MaxUnalignedIdf, Feature.NameConflictTimesCoverage, Feature.NegationTimesCoverage, Feature.OppositionTimesCoverage,
        Feature.NumberConflictTimesCoverage, Feature.DateConflictTimesCoverage, Feature.ActorMismatchTimesCoverage,
        Feature.PlaceConflict, Feature.PlaceConflictTimesCoverage,
    ];

    private static readonly Feature[] Agreement =
    [
        Feature.Coverage, Feature.ExactCoverage, Feature.AlignedCoverage, Feature.WordCoverage, Feature.SpecificCoverage, Feature.ActorMatch, Feature.OrderAgreement,
    ];

    private static readonly Feature[] ConflictOnTopic =
    [
        Feature.NameConflictTimesCoverage, Feature.NegationTimesCoverage, Feature.OppositionTimesCoverage,
        Feature.NumberConflictTimesCoverage, Feature.DateConflictTimesCoverage, Feature.ActorMismatchTimesCoverage,
        Feature.PlaceConflictTimesCoverage,
    ];

    public static int Supports(Feature feature) => Conflicts.Contains(feature) ? -1 : Agreement.Contains(feature) ? 1 : 0;

    /// <summary>More of the question matched never makes it less answerable; more of it unmatched, or another name or
    /// date in its place, never makes it more.</summary>
    public static int Answerable(Feature feature) =>
        feature is Feature.SpecificMissing or Feature.UnalignedIdf or Feature.MaxUnalignedIdf or Feature.NameConflict or Feature.DateConflict ? -1
        : feature is Feature.Coverage or Feature.ExactCoverage or Feature.WordCoverage or Feature.SpecificCoverage ? 1 : 0;

    public static int Refutes(Feature feature) => ConflictOnTopic.Contains(feature) ? 1 : 0;
}
