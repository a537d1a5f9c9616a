namespace ClaimBot.Core.Answering;

/// <summary>Claims from different sources that state the same fact: one group, a citation from every source.</summary>
public sealed record Agreement(IReadOnlyList<string> ClaimIds, string Why)
{
    /// <summary>The group's id within this comparison ("g1", "g2", …).</summary>
    public string Group { get; init; } = "";
}
