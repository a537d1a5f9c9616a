namespace ClaimBot.Core.Extraction;

/// <summary>How an attribution was expressed.</summary>
public enum AttributionKind
{
    ReportingVerb,
    AccordingTo,
    QuotedAsSaying,
    Impersonal,
}
