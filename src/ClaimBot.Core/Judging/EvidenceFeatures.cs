namespace ClaimBot.Core.Judging;

/// <summary>The feature vector of one (query, claim) pair, indexed by <see cref="Feature"/>.</summary>
public sealed class EvidenceFeatures
{
    public static readonly int Count = Enum.GetValues<Feature>().Length;

    private readonly double[] _values = new double[Count];

    public double this[Feature feature]
    {
        get => _values[(int)feature];
        set => _values[(int)feature] = double.IsFinite(value) ? value : 0;
    }

    public IReadOnlyList<double> Values => _values;

    /// <summary>
    /// Adds the products of the sentence's coverage with each conflict, so a linear model can tell "about the same thing
    /// and contradicting it" from "about something else". A number or date conflict is weighed by how much of the rest
    /// of the statement the sentence covers (<paramref name="numberRestCoverage"/>, <paramref name="dateRestCoverage"/>;
    /// the whole coverage when not given), since the differing number or date is itself unmatched.
    /// </summary>
    public void AddInteractions(double? numberRestCoverage = null, double? dateRestCoverage = null)
    {
        var coverage = this[Feature.Coverage];
        this[Feature.NameConflictTimesCoverage] = this[Feature.NameConflict] * coverage;
        this[Feature.NegationTimesCoverage] = this[Feature.NegationMismatch] * coverage;
        this[Feature.OppositionTimesCoverage] = this[Feature.Opposition] * coverage;
        this[Feature.NumberConflictTimesCoverage] = this[Feature.NumberConflict] * (numberRestCoverage ?? coverage);
        this[Feature.DateConflictTimesCoverage] = this[Feature.DateConflict] * (dateRestCoverage ?? coverage);
        this[Feature.ActorMismatchTimesCoverage] = this[Feature.ActorMismatch] * coverage;
        this[Feature.PlaceConflictTimesCoverage] = this[Feature.PlaceConflict] * coverage;
    }
}
