namespace ClaimBot.Core.Judging;

/// <summary>A logistic regression over <see cref="EvidenceFeatures"/>: p = σ(bias + Σ wᵢ·xᵢ).</summary>
public sealed record LogisticModel(double Bias, IReadOnlyDictionary<Feature, double> Weights)
{
    public double Probability(EvidenceFeatures features)
    {
        var z = Bias;
        foreach (var (feature, weight) in Weights)
        {
            z += weight * features[feature];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
