namespace ClaimBot.Core.Phrasing;

/// <summary>What the model said one candidate claim does to the statement being checked.</summary>
internal enum ModelStance
{
    Supports,
    Refutes,
    Irrelevant,
}
