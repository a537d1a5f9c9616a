namespace ClaimBot.Core.Retrieval;

/// <summary>What a word is, for matching: a dictionary word, a name (capitalised, not a word the lexicon knows here), or a number.</summary>
public enum WordKind
{
    Word,
    Name,
    Number,
}
