namespace ClaimBot.Core.Retrieval;

/// <summary>How a query term or an aligned word expresses a concept of the query.</summary>
public enum MatchKind
{
    None,
    Exact,
    Entity,
    Date,
    Number,
    Name,
    Part,
    Translation,
    Synonym,
    Related,
    Cognate,
}
