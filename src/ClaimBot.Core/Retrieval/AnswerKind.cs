namespace ClaimBot.Core.Retrieval;

/// <summary>The kind of phrase that answers a question, from its question word and type noun ("which country").</summary>
public enum AnswerKind
{
    Any,
    Person,
    Place,
    Organisation,
    Date,
    Number,
    Reason,
    Manner,
}
