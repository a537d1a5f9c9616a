namespace ClaimBot.Core.Extraction;

/// <summary>Pronouns that stand for a speaker: he/she (the last person named), they, we (the speaker's side), it.</summary>
public sealed record PronounSet
{
    public IReadOnlyList<string> Singular { get; init; } = [];
    public IReadOnlyList<string> Plural { get; init; } = [];
    public IReadOnlyList<string> FirstPerson { get; init; } = [];
    public IReadOnlyList<string> Impersonal { get; init; } = [];
}
