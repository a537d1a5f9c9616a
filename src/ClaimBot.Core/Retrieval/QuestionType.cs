namespace ClaimBot.Core.Retrieval;

/// <summary>What kind of answer a question wants.</summary>
public enum QuestionType
{
    Statement,
    Who,
    What,
    When,
    Where,
    Why,
    /// <summary>A count or a measure: "how many", "how old", "how long", "hvor lenge", "wie alt".</summary>
    Quantity,
    How,
}
