namespace ClaimBot.Core.Retrieval;

/// <summary>What a query concept is; entities, names, dates and numbers are the specific facts a match must share.</summary>
public enum ConceptKind
{
    Word,
    Entity,
    Name,
    Date,
    Number,
}
