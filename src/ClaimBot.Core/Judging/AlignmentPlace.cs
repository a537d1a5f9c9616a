namespace ClaimBot.Core.Judging;

/// <summary>Where a query concept was found for a claim.</summary>
public enum AlignmentPlace
{
    Nowhere,
    Sentence,
    Context,
}
