namespace ClaimBot.Core.Retrieval;

/// <summary>What the user gave: a question (ask), a statement (check) or a topic (compare).</summary>
public enum QueryKind
{
    Question,
    Statement,
    Topic,
}
