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
    HowMany,
    How,
}
