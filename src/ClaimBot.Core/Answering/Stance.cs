namespace ClaimBot.Core.Answering;

/// <summary>How one claim bears on a checked statement.</summary>
public enum Stance
{
    Supports,
    Refutes,
}
