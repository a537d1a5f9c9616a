namespace ClaimBot.Core.Extraction;

/// <summary>Who a sentence says is speaking: the raw speaker phrase as written, and how it was found.</summary>
/// <param name="Phrase">The speaker phrase ("Syriens ambassadør i Rusland, Riyad Haddad"), null for impersonal attributions ("hedder det").</param>
public sealed record Attribution(string? Phrase, AttributionKind Kind);
