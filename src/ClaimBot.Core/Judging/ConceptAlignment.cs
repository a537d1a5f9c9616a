using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>How one query concept is expressed for a claim: by which claim word (-1 when by entity id, number or date, or not at all), how, and where.</summary>
public sealed record ConceptAlignment(int Concept, WordMatch Match, AlignmentPlace Place, int ClaimWord);
