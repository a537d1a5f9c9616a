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
    /// and contradicting it" from "about something else". The feature extractor then replaces the number and date
    /// products with the coverage of the rest of the statement, since the differing number is itself unmatched.
    /// </summary>
    public void AddInteractions()
    {
        var coverage = this[Feature.Coverage];
        this[Feature.NameConflictTimesCoverage] = this[Feature.NameConflict] * coverage;
        this[Feature.NegationTimesCoverage] = this[Feature.NegationMismatch] * coverage;
        this[Feature.OppositionTimesCoverage] = this[Feature.Opposition] * coverage;
        this[Feature.NumberConflictTimesCoverage] = this[Feature.NumberConflict] * coverage;
        this[Feature.DateConflictTimesCoverage] = this[Feature.DateConflict] * coverage;
        this[Feature.ActorMismatchTimesCoverage] = this[Feature.ActorMismatch] * coverage;
    }
}
