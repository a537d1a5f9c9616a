namespace ClaimBot.Core.Judging;

/// <summary>Why the judge took a claim as it did; rendered in the reply's language by the phrasing templates.</summary>
public enum ReasonCode
{
    Unrelated,
    Related,
    Entails,
    Negation,
    Opposite,
    DifferentNumber,
    DifferentDate,
    DifferentPlace,
    DifferentActor,
    OtherSpeaker,
}
