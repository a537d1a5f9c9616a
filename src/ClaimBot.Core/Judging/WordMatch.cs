using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>How well one word expresses another (1 = the same word), and why.</summary>
public readonly record struct WordMatch(MatchKind Kind, double Strength)
{
    public static WordMatch None { get; } = new(MatchKind.None, 0);

    public bool IsMatch => Strength > 0;
}
