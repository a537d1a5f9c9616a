namespace ClaimBot.Core.Answering;

/// <summary>How one claim bears on a checked statement.</summary>
public enum Stance
{
    Supports,
    Refutes,

    /// <summary>About the statement, but neither entails nor contradicts it (the evidence of "not enough info").</summary>
    Related,
}
