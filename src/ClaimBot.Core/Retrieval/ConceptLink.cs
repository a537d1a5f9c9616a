namespace ClaimBot.Core.Retrieval;

/// <summary>A word's link to a language-neutral concept, weighted by how central the sense is (first sense 1.0).</summary>
public readonly record struct ConceptLink(int Concept, double Weight);
